import Foundation
import LibcoopSpreadsheet
import LibcoopTestSupport
import Testing

/// The first sheet of an .xlsx workbook as rows of text.
@Suite struct XLSXReaderTests {
    @Test func sharedInlineNumbersAndEmptyCellsInTheirColumns() throws {
        let scratch = try ScratchDirectory("xlsx-reader")
        defer { scratch.remove() }
        let path = scratch.path("roster.xlsx")
        try XLSXFixture.write(rows: [
            (1, [.shared("A1", "楼层"), .shared("B1", "名称"), .inline("C1", "备注")]),
            (2, [.number("A2", "2"), .shared("B2", "少儿阅读"), .inline("C2", "a & b <c>")]),
            (4, [.number("A4", "3.0"), .shared("C4", "无名")]),
            (5, [.number("AA5", "1.5")]),
        ], to: path, sheetPath: "worksheets/名单.xml")
        let rows = try XLSXReader.rows(ofFile: path).rows
        #expect(rows.map(\.number) == [1, 2, 4, 5])
        #expect(rows[0].cells == ["楼层", "名称", "备注"])
        #expect(rows[1].cells == ["2", "少儿阅读", "a & b <c>"])
        #expect(rows[2].cells == ["3", "", "无名"])
        #expect(rows[3].cells.count == 27 && rows[3].cells[26] == "1.5")
    }

    @Test func notAWorkbook() throws {
        let scratch = try ScratchDirectory("xlsx-not")
        defer { scratch.remove() }
        try "name\n".write(toFile: scratch.path("a.xlsx"), atomically: true, encoding: .utf8)
        #expect(throws: XLSXReader.ReadError.self) { try XLSXReader.rows(ofFile: scratch.path("a.xlsx")) }
    }

    /// A workbook as openpyxl writes it (inline strings off, shared strings on, numbers, an
    /// empty cell, rich text): scripts/setup.sh installs openpyxl, so CI runs this.
    @Test(.enabled(if: PythonWorkbook.isAvailable)) func aWorkbookWrittenByOpenpyxl() throws {
        let scratch = try ScratchDirectory("xlsx-openpyxl")
        defer { scratch.remove() }
        let path = scratch.path("staff.xlsx")
        try PythonWorkbook.run("""
            import openpyxl, sys
            book = openpyxl.Workbook()
            sheet = book.active
            sheet.title = "员工"
            sheet.append(["姓名", "部门", "职务", "工号"])
            sheet.append(["张庆文", None, "副馆长", 1001])
            sheet.append(["李四", "办公室", "主任 & 秘书", 2.5])
            sheet["A5"] = "王五"
            book.save(sys.argv[1])
            """, arguments: [path])
        let rows = try XLSXReader.rows(ofFile: path).rows
        #expect(rows.map(\.number) == [1, 2, 3, 5])
        #expect(rows[0].cells == ["姓名", "部门", "职务", "工号"])
        #expect(rows[1].cells == ["张庆文", "", "副馆长", "1001"])
        #expect(rows[2].cells == ["李四", "办公室", "主任 & 秘书", "2.5"])
        #expect(rows[3].cells == ["王五"])
    }
}

/// Runs python3 with openpyxl, when the machine has it.
enum PythonWorkbook {
    static let isAvailable: Bool = (try? run("import openpyxl", arguments: [])) != nil

    static func run(_ script: String, arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script] + arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw CocoaError(.fileWriteUnknown) }
    }
}
