import Foundation
import LibcoopTestSupport
import Testing

/// The data commands as a script or a person uses them: output, JSON shape and exit status.
@Suite struct DataCommandTests {
    @Test func validateAcceptsTheBundledDataset() throws {
        let result = try CommandRunner.run(["validate"])
        #expect(result.status == 0)
        #expect(result.output.contains("valid (2 libraries, 9 staff, 9 programs, 4 events, 3 phases)"))
    }

    @Test func validateReportsEveryProblemWithLocationAndExits65() throws {
        let file = CommandRunner.path("Tests/Fixtures/invalid/dangling-participant.json")
        let result = try CommandRunner.run(["validate", file])
        #expect(result.status == 65)
        let lines = result.error.split(separator: "\n")
        #expect(lines.first?.hasPrefix("\(file):") == true)
        #expect(lines.first?.hasSuffix(": /events/0/participants/1: unknown staff member id \"wangwu\"") == true)
        #expect(lines.last == "libcoop: 1 problem in 1 file")
    }

    @Test func validateJSONListsProblems() throws {
        let result = try CommandRunner.run(["validate", "--json", CommandRunner.path("Tests/Fixtures/invalid/duplicate-floor.json")])
        #expect(result.status == 65)
        let report = try #require(try CommandRunner.json(result.output) as? [String: Any])
        #expect(report["valid"] as? Bool == false)
        let problems = try #require(report["problems"] as? [[String: Any]])
        #expect(problems.first?["code"] as? String == "duplicate-floor")
        #expect(problems.first?["pointer"] as? String == "/libraries/1/floors/2/level")
        #expect((problems.first?["line"] as? Int ?? 0) > 1)
    }

    @Test func everyDataCommandFailsTheSameWayOnBadOrMissingData() throws {
        let bad = CommandRunner.path("Tests/Fixtures/invalid/bad-tier.json")
        for command in [["libraries"], ["floors", "district"], ["programs"], ["timeline"], ["validate"]] {
            let invalid = try CommandRunner.run(command + ["--data", bad])
            #expect(invalid.status == 65, "\(command)")
            #expect(invalid.error.contains("did you mean \"district\"?"))
            let missing = try CommandRunner.run(command + ["--data", "/nonexistent/data.json"])
            #expect(missing.status == 66, "\(command)")
            #expect(missing.error.contains("/nonexistent/data.json: cannot open: no such file or directory"))
        }
        #expect(try CommandRunner.run(["libraries", "--bogus"]).status == 64)
    }

    @Test func librariesAlignsChineseByDisplayWidthWithoutColourInAPipe() throws {
        let result = try CommandRunner.run(["libraries"])
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}"))
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("jinling   金陵图书馆      Jinling Library "))
        #expect(lines[2].hasPrefix("yuhuatai  雨花台区图书馆  Yuhuatai District Library  district   jinling"))
    }

    @Test func librariesJSONHasCounts() throws {
        let result = try CommandRunner.run(["libraries", "--json"])
        let libraries = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        #expect(libraries.map { $0["id"] as? String } == ["jinling", "yuhuatai"])
        let counts = try #require(libraries[1]["counts"] as? [String: Int])
        #expect(counts["floors"] == 5 && counts["staff"] == 2 && counts["spaces"] == 15)
        #expect(libraries[1]["paired_with"] as? String == "jinling")
    }

    @Test func floorsListsTopFloorFirstAndUnplacedRoomsLast() throws {
        let result = try CommandRunner.run(["floors", "雨花台区图书馆", "--json"])
        #expect(result.status == 0)
        let floors = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        #expect(floors.map { $0["level"] as? Int } == [6, 5, 4, 3, 2, nil])
        #expect(floors[0]["label"] as? String == "6F")
        let fifth = try #require(floors[1]["spaces"] as? [[String: Any]])
        #expect(fifth.first { $0["name"] as? String == "百姓书房" }?["status"] as? String == "under_construction")
        let unplaced = try #require(floors[5]["spaces"] as? [[String: Any]])
        #expect(unplaced.map { $0["name"] as? String } == ["会议室", "培训室"])
        #expect(floors[5]["level"] is NSNull)
    }

    @Test func floorsTextMarksConstructionAndAcceptsPartOfAName() throws {
        let result = try CommandRunner.run(["floors", "雨花台"])
        #expect(result.status == 0)
        #expect(result.output.contains("百姓书房      Citizens' Study"))
        #expect(result.output.contains("UNDER CONSTRUCTION"))
        let sixth = try #require(result.output.split(separator: "\n").first { $0.hasPrefix("6F") })
        #expect(sixth.contains("红色书房"))
    }

    @Test func floorsOfAnUnknownLibraryIsANoMatchWithASuggestion() throws {
        let result = try CommandRunner.run(["floors", "yuhuatia"])
        #expect(result.status == 1)
        #expect(result.error.contains("did you mean \"yuhuatai\"?"))
    }

    @Test func programsFilterByLibraryAndYear() throws {
        let all = try CommandRunner.run(["programs", "--json"])
        #expect((try CommandRunner.json(all.output) as? [Any])?.count == 9)
        let minimal = CommandRunner.path("Tests/Fixtures/valid/minimal.json")
        let year = try CommandRunner.run(["programs", "--data", minimal, "--year", "2021", "--json"])
        #expect((try CommandRunner.json(year.output) as? [[String: Any]])?.map { $0["id"] as? String } == ["prog"])
        let none = try CommandRunner.run(["programs", "--data", minimal, "--year", "2030"])
        #expect(none.status == 1)
        #expect(none.output.isEmpty)
        let text = try CommandRunner.run(["programs", "--data", minimal])
        #expect(text.output.contains("2021 – 2022-06"))
    }

    @Test func timelinePrintsDatesWithTheirPrecision() throws {
        let result = try CommandRunner.run(["timeline"])
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("2018 – …    phase     市、区多层级图书馆共建共享"))
        #expect(lines[3].hasPrefix("? – …       phase       事业研究部统筹业务联系"))
        #expect(lines[5].hasPrefix("2022-05-30  event     金陵图书馆馆长一行到雨花台区图书馆调研"))
        let json = try #require(try CommandRunner.json(try CommandRunner.run(["timeline", "--json"]).output) as? [[String: Any]])
        #expect(json.first?["start"] as? String == "2018")
        #expect(json.first?["ongoing"] as? Bool == true)
    }

    /// Issue 13: the 2022 work plan is part of the history, in its year before the visit whose
    /// talks discuss it, in the text table and in JSON, for both libraries.
    @Test func timelineListsThe2022WorkPlanInItsYear() throws {
        for arguments in [["timeline"], ["timeline", "--library", "yuhuatai"], ["timeline", "--library", "金陵图书馆"]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            let lines = result.output.split(separator: "\n").map(String.init)
            let plan = try #require(lines.firstIndex { $0.contains("南京市公共图书馆2022年基层服务专项工作方案") }, "\(arguments):\n\(result.output)")
            #expect(lines[plan].hasPrefix("2022        document  南京市公共图书馆2022年基层服务专项工作方案  Nanjing Public Libraries' 2022 Special Work Plan"))
            #expect(lines[plan].hasSuffix("jinling,yuhuatai"))
            #expect(lines[plan + 1].hasPrefix("2022-05-30  event"), "the plan comes before the visit of May 2022")
        }
        let json = try #require(try CommandRunner.json(try CommandRunner.run(["timeline", "--json"]).output) as? [[String: Any]])
        let plan = try #require(json.first { $0["id"] as? String == "plan-2022-grassroots-service" })
        #expect(plan["kind"] as? String == "document")
        #expect(plan["start"] as? String == "2022")
        #expect(plan["title"] as? String == "南京市公共图书馆2022年基层服务专项工作方案")
        #expect(plan["events"] as? [String] == ["visit-2022-05-30-talks"])
        #expect(plan["libraries"] as? [String] == ["jinling", "yuhuatai"])
        let talks = try #require(json.first { $0["id"] as? String == "visit-2022-05-30-talks" })
        #expect(talks["documents"] as? [String] == ["plan-2022-grassroots-service"])
        #expect(json.map { $0["id"] as? String }.firstIndex(of: "plan-2022-grassroots-service") == 3)
    }

    @Test func dataComesFromTheEnvironmentWhenNoOptionIsGiven() throws {
        let minimal = CommandRunner.path("Tests/Fixtures/valid/minimal.json")
        let result = try CommandRunner.run(["libraries", "--json"], environment: ["LIBCOOP_DATA": minimal])
        #expect((try CommandRunner.json(result.output) as? [[String: Any]])?.map { $0["id"] as? String } == ["city", "district"])
    }

    @Test func generateIsDeterministicValidAndWritesAtomically() throws {
        let directory = try ScratchDirectory("generate")
        defer { directory.remove() }
        let first = directory.path("a.json")
        let second = directory.path("b.json")
        #expect(try CommandRunner.run(["generate", "--libraries", "24", "--staff", "300", "--seed", "5", "--output", first]).status == 0)
        #expect(try CommandRunner.run(["generate", "--libraries", "24", "--staff", "300", "--seed", "5", "--output", second]).status == 0)
        #expect(FileManager.default.contents(atPath: first) == FileManager.default.contents(atPath: second))
        #expect(try directory.entries() == ["a.json", "b.json"])
        let validation = try CommandRunner.run(["validate", first])
        #expect(validation.status == 0)
        #expect(validation.output.contains("24 libraries, 300 staff"))
        let unwritable = try CommandRunner.run(["generate", "--output", "/nonexistent/dir/x.json"])
        #expect(unwritable.status == 73)
    }
}
