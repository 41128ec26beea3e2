import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// Record search (`:` in the browser, `libcoop search`) gives loose subsequence matches — the
/// letters in order across unrelated words — only when nothing matches better.
@Suite struct RecordSearchLooseMatchTests {
    let index: RecordSearchIndex

    init() throws {
        index = RecordSearchIndex(try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset]))
    }

    @Test func initialsFindThePersonAndNothingThatOnlyHoldsTheLettersSomewhere() {
        let names = index.search("jx").map(\.name)
        #expect(names == ["焦翔"])
        #expect(!names.contains("“科学的南京”科普系列活动"))
        #expect(!names.contains("事业研究部统筹业务联系"))
    }

    @Test func subsequencesStillAnswerAQueryNothingElseMatches() {
        let matches = index.search("kxnj")
        #expect(matches.map(\.name) == ["“科学的南京”科普系列活动"])
        #expect(matches.allSatisfy { $0.matchKind == .subsequence })
    }
}
