import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop report` on the sample, in every form, as someone writing the year's work report uses it.
@Suite struct ReportCommandTests {
    /// What the 2022 report must name, in Chinese: the visit, its talks and training, the work plan
    /// and Yuhuatai's programs.
    static let expected2022 = [
        "金陵图书馆馆长一行到雨花台区图书馆调研", "2022-05-30", "座谈交流", "图书馆基础业务辅导培训会",
        "南京市公共图书馆2022年基层服务专项工作方案", "18法律咨询广场", "文都文影——读者征文摄影大赛",
        "书海好景——读者荐书短视频大赛", "关爱特殊群体阅读", "“科学的南京”科普系列活动", "阅美善读",
    ]

    @Test(arguments: ["text", "md", "csv"])
    func the2022ReportListsTheVisitTalksTrainingWorkPlanAndPrograms(_ format: String) throws {
        let scratch = try ScratchDirectory("report")
        defer { scratch.remove() }
        let result = try CommandRunner.run(["report", "--format", format, "--lang", "zh", "--output", scratch.path("report")])
        #expect(result.status == 0, "\(result.error)")
        let text = try #require(scratch.read("report"))
        for phrase in Self.expected2022 { #expect(text.contains(phrase), "\(format) lacks \(phrase)") }
        #expect(text.contains("2022 年度市区联动合作报告"))
        #expect(text.contains("焦翔") && text.contains("张庆文") && text.contains("倪恒威"))
        #expect(!text.contains("one-to-one-liaison"), "a phase of 2018 is not under way in 2022")
        #expect(try scratch.entries() == ["report"], "no temporary file left behind")
    }

    @Test func theDefaultYearIsTheLatestAndTextIsAlignedByDisplayWidth() throws {
        let result = try CommandRunner.run(["report", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("2022 年度市区联动合作报告：全部图书馆\n"))
        #expect(!result.output.contains("\u{1B}"), "no styling into a pipe")
        let lines = result.output.split(separator: "\n").map(String.init)
        let header = try #require(lines.firstIndex { $0.hasPrefix("图书馆 ") })
        #expect(lines[header + 1].hasPrefix("金陵图书馆      3"))
        #expect(lines[header + 2].hasPrefix("雨花台区图书馆  3"))
    }

    @Test func markdownIsHeadingsAndWellFormedTables() throws {
        let result = try CommandRunner.run(["report", "--format", "md", "--lang", "zh"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("# 2022 年度市区联动合作报告：全部图书馆\n"))
        #expect(result.output.contains("\n## 调研参观（1）\n") && result.output.contains("\n## 联合项目（9）\n"))
        #expect(SpreadsheetText.markdownTablesAreWellFormed(result.output))
    }

    @Test func csvHasAByteOrderMarkAndParsesAsRFC4180() throws {
        let scratch = try ScratchDirectory("report-csv")
        defer { scratch.remove() }
        let path = scratch.path("report.csv")
        #expect(try CommandRunner.run(["report", "--format", "csv", "--lang", "en", "-o", path]).status == 0)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let records = try #require(SpreadsheetText.csvRecords(String(decoding: bytes.dropFirst(3), as: UTF8.self)))
        #expect(records.first == ["Cooperation report 2022: all libraries"])
        let visit = try #require(records.first { $0.count > 1 && $0[1] == "visit-2022-05-30" })
        #expect(visit[0] == "2022-05-30")
        #expect(visit[4].contains("Jinling Library: Jiao Xiang, Zhang Xiaoqin"))
        #expect(records.contains(["Visits (1)"]) && records.contains(["Talks (1)"]) && records.contains(["Training (1)"]))
    }

    @Test func jsonGivesTheRecordIdsBehindEveryCount() throws {
        let result = try CommandRunner.run(["report", "--json", "--year", "2022"])
        #expect(result.status == 0)
        let report = try #require(try CommandRunner.json(result.output) as? [String: Any])
        #expect(report["year"] as? Int == 2022)
        let dataset = try #require(try CommandRunner.json(String(contentsOfFile: RepositoryFiles.sampleDataset, encoding: .utf8)) as? [String: Any])
        func ids(_ list: String) -> Set<String> { Set(((dataset[list] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }) }
        let totals = try #require(report["totals"] as? [String: [String: Any]])
        let traced: [(String, String)] = [("events", "events"), ("events_visit", "events"), ("events_talks", "events"),
                                          ("events_training", "events"), ("programs", "programs"), ("phases", "phases"), ("documents", "documents")]
        for (total, list) in traced {
            let counted = try #require(totals[total], "\(total)")
            let recordIDs = try #require(counted["ids"] as? [String])
            #expect(counted["count"] as? Int == recordIDs.count)
            #expect(Set(recordIDs).isSubset(of: ids(list)), "\(total) names records of \(list)")
        }
        #expect(totals["events"]?["ids"] as? [String] == ["visit-2022-05-30", "visit-2022-05-30-talks", "visit-2022-05-30-training"])
        #expect(totals["documents"]?["ids"] as? [String] == ["plan-2022-grassroots-service"])
        let libraries = try #require(report["libraries"] as? [[String: Any]])
        let yuhuatai = try #require(libraries.first { $0["id"] as? String == "yuhuatai" })
        #expect((yuhuatai["programs_led"] as? [String: Any])?["count"] as? Int == 6)
    }

    /// The years the sample's dated events, programs, phases and documents span.
    static let sampleYears = "2018 – 2022"

    @Test func aYearWithNothingSaysSoAndBadOptionsAreUsageErrors() throws {
        let scratch = try ScratchDirectory("report-empty")
        defer { scratch.remove() }
        for format in ["text", "md", "csv", "xlsx", "json"] {
            let empty = try CommandRunner.run(["report", "--year", "1999", "--format", format, "-o", scratch.path("report")])
            #expect(empty.status == 1, "nothing matched, as in every command (\(format))")
            #expect(empty.error == "libcoop: nothing to report: no event, program, phase or document falls in 1999; the dated records give years \(Self.sampleYears)\n")
            #expect(try scratch.entries().isEmpty, "no empty report is written (\(format))")
        }
        let twoLibraries = scratch.path("two.json")
        try #"""
            {"format": "libcoop/1", "dataset": {"name": "synthetic: one library idle", "synthetic": true},
             "sources": [{"id": "src", "title": "synthetic", "synthetic": true}],
             "libraries": [{"id": "busy", "name": "甲馆", "tier": "district", "sources": ["src"]},
                           {"id": "idle", "name": "乙馆", "tier": "district", "sources": ["src"]}],
             "events": [{"id": "ev", "title": "座谈", "date": "2022-03-01", "libraries": ["busy"], "sources": ["src"]}]}
            """#.write(toFile: twoLibraries, atomically: true, encoding: .utf8)
        let idle = try CommandRunner.run(["report", "--data", twoLibraries, "--library", "idle"])
        #expect(idle.status == 1)
        #expect(idle.error == "libcoop: nothing to report: no event, program, phase or document of 乙馆 falls in 2022; the dated records are all of 2022\n")
        #expect(try CommandRunner.run(["report", "--data", twoLibraries, "--library", "busy"]).status == 0)
        #expect(try CommandRunner.run(["report", "--year", "99999"]).status == 64)
        #expect(try CommandRunner.run(["report", "--format", "pdf"]).status == 64)
        #expect(try CommandRunner.run(["report", "--json", "--encoding", "gb18030"]).status == 64)
        #expect(try CommandRunner.run(["report", "--library", "nowhere"]).status == 1, "an unknown library is a no-match, as in every command")
    }

    @Test func oneLibrarysReportIsLimitedToIt() throws {
        let result = try CommandRunner.run(["report", "--library", "雨花台", "--lang", "en"])
        #expect(result.status == 0)
        #expect(result.output.hasPrefix("Cooperation report 2022: Yuhuatai District Library\n"))
        #expect(result.output.contains("Nanjing Public Libraries' 2022 Special Work Plan for Grassroots Service"))
    }
}
