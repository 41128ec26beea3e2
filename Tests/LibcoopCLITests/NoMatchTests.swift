import Foundation
import LibcoopTestSupport
import Testing

/// Every command agrees on "nothing matched": exit 1, like grep, with a message on standard error
/// that says why when the reason lies in the data; and a list cut by `--limit` says so at a terminal.
@Suite struct NoMatchTests {
    static let minimal = CommandRunner.path("Tests/Fixtures/valid/minimal.json")

    @Test func aYearNoProgramHasExitsOneAndSaysNoProgramHasDates() throws {
        let result = try CommandRunner.run(["programs", "--year", "2022"])
        #expect(result.status == 1)
        #expect(result.output.isEmpty)
        #expect(result.error == "libcoop: no programs match: no program in this dataset has dates\n")
        let json = try CommandRunner.run(["programs", "--year", "2022", "--json"])
        #expect(json.status == 1)
        #expect((try CommandRunner.json(json.output) as? [Any])?.isEmpty == true)
    }

    @Test func aYearOutsideTheDatedProgramsNamesTheYearsThereAre() throws {
        let result = try CommandRunner.run(["programs", "--data", Self.minimal, "--year", "2030"])
        #expect(result.status == 1)
        #expect(result.error == "libcoop: no programs match: no program in this dataset runs in 2030; the dated ones give years 2021 – 2022\n")
    }

    @Test func staffOfALibraryWithNobodyRecordedSaysSo() throws {
        let result = try CommandRunner.run(["staff", "zhang", "--data", Self.minimal, "--library", "district"])
        #expect(result.status == 1)
        #expect(result.error == "libcoop: no staff match \"zhang\"; 区图书馆 has no staff in this dataset\n")
        let somebody = try CommandRunner.run(["staff", "li", "--data", Self.minimal, "--library", "city"])
        #expect(somebody.status == 1)
        #expect(somebody.error == "libcoop: no staff match \"li\"\n")
    }

    @Test func anUnknownLibraryListsTheLibrariesAndExitsOne() throws {
        let result = try CommandRunner.run(["floors", "xyz"])
        #expect(result.status == 1)
        #expect(!result.error.contains("Usage"))
        #expect(result.error == """
            libcoop: no library matches "xyz"; the libraries are:
              jinling   金陵图书馆      Jinling Library
              yuhuatai  雨花台区图书馆  Yuhuatai District Library

            """)
    }

    @Test(arguments: [["programs"], ["timeline"], ["staff", "zhang"]])
    func anUnknownLibraryFilterIsANoMatchEverywhere(_ command: [String]) throws {
        let result = try CommandRunner.run(command + ["--library", "xyz"])
        #expect(result.status == 1, "\(command)")
        #expect(result.error.hasPrefix("libcoop: no library matches \"xyz\"; the libraries are:\n"), "\(result.error)")
        #expect(!result.error.contains("Usage"))
    }

    @Test func aTypoGetsTheNearestIdOrName() throws {
        let id = try CommandRunner.run(["floors", "yuhuatia"])
        #expect(id.status == 1)
        #expect(id.error == "libcoop: no library matches \"yuhuatia\"; did you mean \"yuhuatai\"?\n")
        let name = try CommandRunner.run(["timeline", "--library", "雨花苔区图书馆"])
        #expect(name.status == 1)
        #expect(name.error.contains("did you mean \"雨花台区图书馆\"?"), "\(name.error)")
    }

    @Test func aNameOfSeveralLibrariesIsAUsageErrorThatListsThem() throws {
        let result = try CommandRunner.run(["floors", "图书馆"])
        #expect(result.status == 64)
        #expect(result.error == "libcoop: \"图书馆\" matches several libraries: jinling (金陵图书馆), yuhuatai (雨花台区图书馆); give an id\n")
    }

    @Test(arguments: [["staff", "a", "--limit", "2"], ["search", "a", "--limit", "2"]])
    func aCutListSaysSoAtATerminal(_ command: [String]) throws {
        let terminal = try TerminalRun.run(command)
        #expect(terminal.status == 0)
        let notice = try #require(terminal.error.split(separator: "\n").first.map(String.init), "no notice")
        #expect(notice.hasPrefix("libcoop: showing 2 of "), "\(notice)")
        #expect(notice.hasSuffix(" matches; --limit N for more"), "\(notice)")
        let total = try #require(Int(notice.dropFirst("libcoop: showing 2 of ".count).prefix { $0.isNumber }))
        let all = try CommandRunner.run(command.dropLast(2) + ["--limit", "1000", "--json"])
        #expect((try CommandRunner.json(all.output) as? [Any])?.count == total)
        let pipe = try CommandRunner.run(command)
        #expect(pipe.status == 0)
        #expect(pipe.error.isEmpty, "a script asked for that many: \(pipe.error)")
    }

    @Test func aListThatFitsItsLimitSaysNothing() throws {
        let terminal = try TerminalRun.run(["staff", "zhang"])
        #expect(terminal.status == 0)
        #expect(terminal.error.isEmpty, "\(terminal.error)")
    }

    @Test func searchWithInitialsListsNoLooseMatches() throws {
        let result = try CommandRunner.run(["search", "jx", "--json"])
        let names = try #require(try CommandRunner.json(result.output) as? [[String: Any]]).compactMap { $0["name"] as? String }
        #expect(names == ["焦翔"])
    }
}
