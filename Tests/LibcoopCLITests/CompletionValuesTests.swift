import Foundation
import LibcoopTestSupport
import Testing
@testable import libcoop

/// The values shell completion offers: read from the dataset the typed words would read, filtered
/// by the typed prefix, and never anything a shell could run.
@Suite struct CompletionValuesTests {
    let sample = RepositoryFiles.path("data/nanjing.json")

    @Test func dataFilesOnTheLineAreTheOnesRead() {
        let words = ["libcoop", "floors", "--data", "a.json", "--data=b.json", "--json", "yu"]
        #expect(CompletionValues.dataFiles(in: words) == ["a.json", "b.json"])
        #expect(CompletionValues.dataFiles(in: ["libcoop", "floors", "--data"]) == [])
    }

    @Test func librariesCompleteByIdChineseAndEnglishName() {
        let words = ["libcoop", "floors", "--data", sample]
        #expect(CompletionValues.libraries(words: words, prefix: "yu") == ["yuhuatai"])
        #expect(CompletionValues.libraries(words: words, prefix: "雨").contains("雨花台区图书馆"))
        #expect(CompletionValues.libraries(words: words, prefix: "Jin").contains("Jinling Library"))
    }

    @Test func recordsCompleteTheKindFirstThenItsIds() {
        let words = ["libcoop", "edit", "--data", sample]
        #expect(CompletionValues.records(words: words, prefix: "st") == ["staff:"])
        #expect(CompletionValues.records(words: words, prefix: "staff:zhang").contains("staff:zhangqingwen"))
        #expect(CompletionValues.records(words: words, prefix: "space:", kinds: [.library, .staff]).isEmpty)
        #expect(CompletionValues.records(words: words, prefix: "space:yht-v").contains("space:yht-visually-impaired"))
    }

    @Test func aDatasetThatCannotBeReadCompletesNothing() {
        #expect(CompletionValues.libraries(words: ["libcoop", "floors", "--data", "/nonexistent/x.json"], prefix: "").isEmpty)
    }

    @Test func valuesAShellWouldExpandAreLeftOut() {
        let values = ["yuhuatai", "a$(rm x)", "b`rm x`", "c\\d", "it's", "\"q\"", "line\nbreak", "tab\there", "ok name"]
        #expect(CompletionValues.matching(values, prefix: "") == ["yuhuatai", "ok name"])
        #expect(CompletionValues.matching(["a", "a", "ab"], prefix: "a") == ["a", "ab"])
    }

    /// zsh's script hands the values to `_describe`, which reads `value:description`: the binary,
    /// called back as the zsh script calls it, escapes the colon of `kind:id`.
    @Test func zshGetsTheColonOfKindIdEscaped() throws {
        let words = ["libcoop", "edit", "--data", sample, "staff:zhangq"]
        let arguments = ["---completion", "edit", "--", "positional@0", "4", "12"] + words
        let zsh = try CommandRunner.run(arguments, environment: ["SAP_SHELL": "zsh"])
        #expect(zsh.output.split(separator: "\n").contains("staff\\:zhangqingwen"), "\(zsh.output)\(zsh.error)")
        let bash = try CommandRunner.run(arguments, environment: ["SAP_SHELL": "bash"])
        #expect(bash.output.split(separator: "\n").contains("staff:zhangqingwen"), "\(bash.output)\(bash.error)")
    }
}
