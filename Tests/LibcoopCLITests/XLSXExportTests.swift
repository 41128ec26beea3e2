import Foundation
import LibcoopTestSupport
import Testing

/// `--format xlsx` of `export` and `report`, read back by an independent reader (openpyxl) and
/// compared cell by cell with the CSV form of the same command.
@Suite struct XLSXExportTests {
    static let kinds = ["staff", "spaces", "programs", "events", "phases", "documents", "libraries", "organizations"]

    /// A synthetic dataset with formulas, XML's special characters, an Excel escape written
    /// literally, characters XML forbids and a basement floor.
    static let hostileDataset = #"""
    {
      "format": "libcoop/1",
      "dataset": {"name": "synthetic: xlsx safety", "synthetic": true},
      "sources": [{"id": "src", "title": "synthetic", "synthetic": true}],
      "libraries": [
        {"id": "city", "name": "<b>A & B</b> \"Library\"", "tier": "municipal",
         "floors": [{"level": -1, "spaces": [{"id": "store", "name": "=1+1", "kind": "other", "status": "open"}]}],
         "sources": ["src"]}
      ],
      "staff": [
        {"id": "mallory", "name": "=HYPERLINK(\"http://x\")", "library": "city", "department": "-2+3", "title": "+SUM(1,2)",
         "title_en": "@A1 _x0041_ \uFFFE\uFFFF end", "sources": ["src"]}
      ],
      "events": [
        {"id": "ev", "title": "Talks \u202Egnp.exe", "date": "2022-01-02", "libraries": ["city"], "participants": ["mallory"],
         "description": "one\r\ntwo\tthree\rfour\u2028five", "sources": ["src"]}
      ]
    }
    """#

    /// The CSV form of a command's output, parsed (byte-order mark removed).
    private func csv(_ arguments: [String]) throws -> [[String]] {
        let result = try CommandRunner.run(arguments + ["--format", "csv"])
        #expect(result.status == 0, "\(arguments): \(result.error)")
        var records = try #require(SpreadsheetText.csvRecords(String(result.output.dropFirst())), "\(arguments)")
        for position in records.indices { while records[position].last == "" { records[position].removeLast() } }
        return records
    }

    /// The xlsx form of a command's output, written with --output and read by openpyxl.
    private func xlsx(_ arguments: [String], in scratch: ScratchDirectory) throws -> XLSXReader? {
        let path = scratch.path("out.xlsx")
        let result = try CommandRunner.run(arguments + ["--format", "xlsx", "--output", path])
        #expect(result.status == 0, "\(arguments): \(result.error)")
        return try XLSXReader.read(path)
    }

    @Test(arguments: ["zh", "en"])
    func everyKindHoldsTheSameCellsAsCSV(_ language: String) throws {
        let scratch = try ScratchDirectory("xlsx-export")
        defer { scratch.remove() }
        for kind in Self.kinds {
            let arguments = ["export", kind, "--lang", language]
            let workbook = try #require(try xlsx(arguments, in: scratch))
            let sheet = try #require(workbook.sheets.first)
            #expect(workbook.sheets.count == 1)
            #expect(sheet.rows == (try csv(arguments)), "\(kind) \(language)")
            #expect(sheet.freeze == "A2" && sheet.headerBold, "\(kind): the header row is bold and frozen")
        }
    }

    @Test
    func numbersAreNumbersAndColumnsFitChineseText() throws {
        let scratch = try ScratchDirectory("xlsx-numbers")
        defer { scratch.remove() }
        let spaces = try #require(try xlsx(["export", "spaces", "--lang", "zh"], in: scratch)).sheets[0]
        #expect(spaces.name == "空间")
        let levelColumn = try #require(spaces.rows[0].firstIndex(of: "层"))
        let yuhuatai3F = try #require(spaces.rows.firstIndex { $0.contains("yht-visually-impaired") })
        #expect(spaces.rows[yuhuatai3F][levelColumn] == "3" && spaces.numberCells.contains([yuhuatai3F, levelColumn]))
        let staff = try #require(try xlsx(["export", "staff", "--lang", "zh"], in: scratch)).sheets[0]
        #expect(staff.numberCells.isEmpty, "ids and names stay text")
        let department = try #require(staff.rows[0].firstIndex(of: "部门"))
        let widest = staff.rows.map { $0.count > department ? $0[department].count * 2 : 0 }.max() ?? 0
        let letter = String(UnicodeScalar(UInt8(65 + department)))
        #expect((staff.widths[letter] ?? 0) >= Double(widest), "a Chinese character counts two columns")
    }

    @Test(arguments: ["zh", "en"])
    func theReportHasOneSheetPerSectionWithTheCSVCells(_ language: String) throws {
        let scratch = try ScratchDirectory("xlsx-report")
        defer { scratch.remove() }
        let arguments = ["report", "--year", "2022", "--lang", language]
        let workbook = try #require(try xlsx(arguments, in: scratch))
        let records = try csv(arguments)
        #expect(workbook.title == records.first?.first)
        var expected: [[String]] = []
        for sheet in workbook.sheets { expected += [[], [sheet.name]] + sheet.rows }
        #expect(records == [records[0]] + expected, "title rows are the sheet names; the cells are CSV's")
        #expect(workbook.sheets.count == 8)
        let totals = try #require(workbook.sheets.first { $0.name == (language == "zh" ? "各馆合计" : "Totals per library") })
        #expect(totals.numberCells.contains([1, 1]), "a count is a number")
        if language == "zh" {
            #expect(workbook.sheets.map(\.name).prefix(3) == ["调研参观（1）", "座谈交流（1）", "业务培训（1）"])
            let visits = workbook.sheets[0].rows.flatMap { $0 }
            #expect(visits.contains("2022-05-30") && visits.contains("金陵图书馆馆长一行到雨花台区图书馆调研"))
        }
    }

    @Test
    func formulasAreNeutralisedAndNoForbiddenCharacterReachesTheFile() throws {
        let scratch = try ScratchDirectory("xlsx-hostile")
        defer { scratch.remove() }
        let data = scratch.path("hostile.json")
        try Self.hostileDataset.write(toFile: data, atomically: true, encoding: .utf8)
        for kind in ["staff", "events", "libraries", "spaces"] {
            let arguments = ["export", kind, "--data", data, "--lang", "en"]
            let sheet = try #require(try xlsx(arguments, in: scratch)).sheets[0]
            let withoutNoncharacters = try csv(arguments).map { $0.map { $0.replacingOccurrences(of: "\u{FFFE}", with: "").replacingOccurrences(of: "\u{FFFF}", with: "") } }
            #expect(sheet.rows == withoutNoncharacters, "\(kind): the CSV's cells, less the two characters XML forbids")
        }
        let staff = try #require(try xlsx(["export", "staff", "--data", data, "--lang", "en"], in: scratch)).sheets[0]
        let person = try #require(staff.rows.last)
        #expect(person[1] == "'=HYPERLINK(\"http://x\")" && person[7] == "'-2+3" && person[9] == "'+SUM(1,2)")
        #expect(person[10].hasPrefix("'@A1 _x0041_ "), "the escape is kept as written: \(person[10])")
        #expect(!person[10].unicodeScalars.contains { $0.value < 0x20 || $0.value == 0xFFFF })
        let library = try #require(try xlsx(["export", "libraries", "--data", data], in: scratch)).sheets[0]
        #expect(library.rows[1][1] == "<b>A & B</b> \"Library\"")
    }

    @Test func aWorkbookIsNotPrintedOnATerminalButGoesThroughAPipe() throws {
        for arguments in [["export", "staff", "--format", "xlsx"], ["report", "--format", "xlsx"]] {
            let terminal = try TerminalRun.run(arguments)
            #expect(terminal.status == 64, "\(arguments)")
            #expect(terminal.error.contains("binary") && terminal.error.contains("--output"))
            #expect(terminal.output.isEmpty)
            let piped = try CommandRunner.run(arguments)
            #expect(piped.status == 0 && piped.output.hasPrefix("PK"), "\(arguments)")
        }
        #expect(try CommandRunner.run(["export", "staff", "--format", "xlsx", "--encoding", "gb18030"]).status == 64)
    }

    @Test func anUnwritableWorkbookLeavesNothingAndExits73() throws {
        let scratch = try ScratchDirectory("xlsx-fail")
        defer { scratch.remove() }
        let result = try CommandRunner.run(["export", "staff", "--format", "xlsx", "-o", scratch.path("missing/staff.xlsx")])
        #expect(result.status == 73)
        #expect(try scratch.entries().isEmpty)
    }
}
