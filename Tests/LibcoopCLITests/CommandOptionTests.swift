import LibcoopTestSupport
import Testing

/// Options shared or checked by ArgumentParser: `--lang` takes only zh or en, and `--no-color` is
/// one option that the browser and every text command accept alike.
@Suite struct CommandOptionTests {
    @Test(arguments: [["--lang", "fr"], ["browse", "--lang", "ZH"], ["browse", "--lang", ""]])
    func anUnknownLanguageIsAUsageErrorNamingTheChoices(_ arguments: [String]) throws {
        let result = try CommandRunner.run(arguments)
        #expect(result.status == 64)
        #expect(result.error.contains("--lang"))
        #expect(result.error.contains("'zh'") && result.error.contains("'en'"), "\(result.error)")
        #expect(result.output.isEmpty, "nothing is drawn before the options are checked")
    }

    @Test func browseHelpListsTheLanguagesAndNoColorOnce() throws {
        let result = try CommandRunner.run(["browse", "--help"])
        #expect(result.status == 0)
        let help = result.output
        #expect(help.contains("--lang <zh|en>"))
        #expect(help.contains("values: zh, en"))
        #expect(Self.optionLines(in: help, startingWith: "--no-color") == 1, "--no-color is listed once")
        #expect(help.contains("reverse video"))
    }

    @Test func textCommandsTakeTheSameNoColorOption() throws {
        let plain = try CommandRunner.run(["libraries", "--no-color"])
        #expect(plain.status == 0)
        #expect(!plain.output.contains("\u{1B}["))
        let help = try CommandRunner.run(["libraries", "--help"])
        #expect(Self.optionLines(in: help.output, startingWith: "--no-color") == 1)
        #expect(help.output.contains("Never use colour"))
    }

    /// How many lines of the help's option list describe `option`.
    static func optionLines(in help: String, startingWith option: String) -> Int {
        help.split(separator: "\n").filter { $0.drop { $0 == " " }.hasPrefix(option) }.count
    }
}
