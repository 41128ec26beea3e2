import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop export KIND` as someone taking a table into Excel or WPS uses it.
@Suite struct ExportCommandTests {
    /// A synthetic dataset with text a spreadsheet would run as formulas, characters that must
    /// not reach a file raw, a pipe for Markdown and a basement floor.
    static let hostileDataset = #"""
    {
      "format": "libcoop/1",
      "dataset": {"name": "synthetic: export safety", "synthetic": true},
      "sources": [{"id": "src", "title": "synthetic", "synthetic": true}],
      "libraries": [
        {"id": "city", "name": "Pipe | Library", "tier": "municipal",
         "floors": [{"level": -1, "spaces": [{"id": "store", "name": "=1+1", "kind": "other", "status": "open"}]}],
         "sources": ["src"]}
      ],
      "staff": [
        {"id": "mallory", "name": "=cmd|' /C calc'!A0", "library": "city", "department": "-2+3", "title": "+SUM(1,2)",
         "title_en": "@A1", "sources": ["src"]}
      ],
      "events": [
        {"id": "ev", "title": "Talks \u202Egnp.exe", "date": "2022-01-02", "libraries": ["city"], "participants": ["mallory"],
         "description": "one\r\ntwo\tthree\rfour\u2028five", "sources": ["src"]}
      ]
    }
    """#

    private func withHostileDataset(_ body: (String, ScratchDirectory) throws -> Void) throws {
        let scratch = try ScratchDirectory("export")
        defer { scratch.remove() }
        let path = scratch.path("hostile.json")
        try Self.hostileDataset.write(toFile: path, atomically: true, encoding: .utf8)
        try body(path, scratch)
    }

    @Test func csvNeutralisesFormulasButNotNumbers() throws {
        try withHostileDataset { data, scratch in
            let staff = try CommandRunner.run(["export", "staff", "--data", data, "--lang", "en"])
            #expect(staff.status == 0, "\(staff.error)")
            #expect(staff.output.hasPrefix("\u{FEFF}ID,Name,"))
            let records = try #require(SpreadsheetText.csvRecords(String(staff.output.dropFirst())))
            let person = try #require(records.last)
            #expect(person[1] == "'=cmd|' /C calc'!A0")
            #expect(records[0][7] == "Department" && person[7] == "'-2+3")
            #expect(person[9] == "'+SUM(1,2)" && person[10] == "'@A1")
            let spaces = try CommandRunner.run(["export", "spaces", "--data", data, "--lang", "en"])
            let space = try #require(SpreadsheetText.csvRecords(String(spaces.output.dropFirst()))?.last)
            #expect(space[2] == "-1", "a basement's level stays a number")
            #expect(space[5] == "'=1+1")
        }
    }

    @Test(arguments: ["csv", "md"])
    func controlCharactersNeverReachTheFile(_ format: String) throws {
        try withHostileDataset { data, scratch in
            for kind in ["events", "staff", "libraries", "spaces"] {
                let result = try CommandRunner.run(["export", kind, "--format", format, "--data", data, "--output", scratch.path("out")])
                #expect(result.status == 0, "\(result.error)")
                let text = try #require(scratch.read("out"))
                #expect(SpreadsheetText.hasNoStrayControls(text), "\(kind) \(format)")
                if format == "md" { #expect(SpreadsheetText.markdownTablesAreWellFormed(text), "\(kind)") }
            }
            let events = try CommandRunner.run(["export", "events", "--format", "md", "--data", data])
            #expect(events.output.contains(#"one<br>two three<br>four\\u{2028}five"#), "the separator shown, its backslash escaped")
            #expect(events.output.contains(#"Talks \\u{202E}gnp.exe"#))
            let libraries = try CommandRunner.run(["export", "libraries", "--format", "md", "--data", data])
            #expect(libraries.output.contains("| Pipe \\| Library |"))
        }
    }

    @Test func gb18030RoundTripsTheSampleStaff() throws {
        let scratch = try ScratchDirectory("export-gb")
        defer { scratch.remove() }
        let utf8Path = scratch.path("staff-utf8.csv"), gbPath = scratch.path("staff-gb.csv")
        #expect(try CommandRunner.run(["export", "staff", "--lang", "zh", "-o", utf8Path]).status == 0)
        #expect(try CommandRunner.run(["export", "staff", "--lang", "zh", "--encoding", "gb18030", "-o", gbPath]).status == 0)
        let utf8 = try Data(contentsOf: URL(fileURLWithPath: utf8Path))
        let gb = try Data(contentsOf: URL(fileURLWithPath: gbPath))
        #expect(gb.starts(with: try Self.iconv(Data("编号,姓名".utf8), from: "UTF-8", to: "GB18030")))
        #expect(String(data: gb, encoding: .utf8) == nil, "GB18030, not UTF-8")
        let decoded = try Self.iconv(gb, from: "GB18030", to: "UTF-8")
        #expect(decoded == utf8.dropFirst(3), "the same text as the UTF-8 file without its byte-order mark")
        #expect(String(decoding: decoded, as: UTF8.self).contains("张庆文,Zhang Qingwen,yuhuatai,雨花台区图书馆"))
    }

    @Test func everyKindExportsWithDeclaredColumnsAndNameColumns() throws {
        for kind in ["staff", "spaces", "programs", "events", "phases", "documents", "libraries", "organizations"] {
            let result = try CommandRunner.run(["export", kind, "--lang", "zh"])
            #expect(result.status == 0, "\(kind): \(result.error)")
            let records = try #require(SpreadsheetText.csvRecords(String(result.output.dropFirst())), "\(kind)")
            #expect(records.count > 1, "\(kind)")
            #expect(Set(records.map(\.count)).count == 1, "\(kind): every row as wide as the header")
        }
        let staff = try CommandRunner.run(["export", "staff", "--lang", "zh"]).output
        #expect(staff.hasPrefix("\u{FEFF}编号,姓名,英文姓名,图书馆,图书馆（名称）,机构,机构（名称）,部门,英文部门,职务,英文职务,来源\r\n"))
        #expect(staff.contains("nihengwei,倪恒威,Ni Hengwei,,,yuhuatai-wenlu,雨花台区文化和旅游局,"))
        let spaces = try CommandRunner.run(["export", "spaces", "--library", "yuhuatai", "--lang", "en", "--format", "md"]).output
        #expect(spaces.hasPrefix("| Library ID | Library (name) | Level | Label | ID | Name |"))
        #expect(spaces.contains("| yuhuatai | Yuhuatai District Library | 3 | 3F | yht-visually-impaired | 视障阅览室 |"))
    }

    @Test func jsonIsTheRecordsAsTheDatasetWritesThem() throws {
        let result = try CommandRunner.run(["export", "programs", "--format", "json", "--library", "jinling"])
        let programs = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        #expect(programs.count == 9)
        #expect(programs.first?["name_en"] as? String == "“18” Legal Consultation Square")
        let spaces = try #require(try CommandRunner.json(CommandRunner.run(["export", "spaces", "--format", "json"]).output) as? [[String: Any]])
        let room = try #require(spaces.first { $0["id"] as? String == "yht-visually-impaired" })
        #expect(room["library"] as? String == "yuhuatai" && room["level"] as? Int == 3 && room["name"] as? String == "视障阅览室")
    }

    @Test func anUnwritableOutputLeavesNothingAndExits73() throws {
        let scratch = try ScratchDirectory("export-fail")
        defer { scratch.remove() }
        let result = try CommandRunner.run(["export", "staff", "-o", scratch.path("missing/dir/staff.csv")])
        #expect(result.status == 73)
        #expect(result.error.contains("libcoop: cannot write"))
        #expect(try scratch.entries().isEmpty)
        #expect(try CommandRunner.run(["export", "rooms"]).status == 64)
        #expect(try CommandRunner.run(["export", "staff", "--format", "json", "--encoding", "gb18030"]).status == 64)
    }

    /// Converts with the system's iconv program, an independent reader of GB18030.
    static func iconv(_ data: Data, from: String, to: String) throws -> Data {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
        process.arguments = ["-f", from, "-t", to]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let converted = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return converted
    }
}
