import Foundation
@testable import LibcoopSpreadsheet
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

    @Test func richTextRunsJoinAndPhoneticReadingsAreLeftOut() throws {
        let strings = Array(#"<sst><si><r><rPr><b/></rPr><t>张</t></r><r><t xml:space="preserve">庆文</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></si><si/><si><t>a&amp;b&#x4E00;&#20108;</t></si></sst>"#.utf8)
        #expect(try XLSXReader.sharedStrings(in: strings) == ["张庆文", "", "a&b一二"])
    }

    @Test func hostileOrBrokenSheetsAreRefusedNotTrusted() throws {
        let missingString = Array(#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>7</v></c></row></sheetData></worksheet>"#.utf8)
        #expect(throws: XLSXReader.ReadError.self) { try XLSXReader.rows(inSheet: missingString, sharedStrings: ["a"]) }
        let customEntity = Array(#"<!DOCTYPE x [<!ENTITY a "aaaa">]><worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>"#.utf8)
        #expect(throws: XLSXReader.ReadError.self) { try XLSXReader.rows(inSheet: customEntity, sharedStrings: []) }
        let unclosed = Array(#"<worksheet><sheetData><row r="1"><c r="A1"><v>1"#.utf8)
        #expect(throws: XLSXReader.ReadError.self) { try XLSXReader.rows(inSheet: unclosed, sharedStrings: []) }
        let farColumn = Array(#"<worksheet><sheetData><row r="1"><c r="ZZZZ1"><v>1</v></c><c><v>2</v></c></row></sheetData></worksheet>"#.utf8)
        #expect(try XLSXReader.rows(inSheet: farColumn, sharedStrings: []).rows.map(\.cells) == [["1", "2"]], "an unreadable reference falls back to the next column")
    }

    @Test func columnLettersAndNumbers() {
        #expect(XLSXCellReference("A1")?.column == 0 && XLSXCellReference("A1")?.row == 1)
        #expect(XLSXCellReference("AB12")?.column == 27)
        #expect(XLSXCellReference("XFD1048576")?.column == 16_383)
        #expect(XLSXCellReference("1A") == nil && XLSXCellReference("A") == nil)
        #expect(XLSXReader.numberText("2.0") == "2" && XLSXReader.numberText("1E3") == "1000" && XLSXReader.numberText("0.5") == "0.5")
    }

    @Test func notAWorkbook() throws {
        let scratch = try ScratchDirectory("xlsx-not")
        defer { scratch.remove() }
        try "name\n".write(toFile: scratch.path("a.xlsx"), atomically: true, encoding: .utf8)
        #expect(throws: XLSXReader.ReadError.self) { try XLSXReader.rows(ofFile: scratch.path("a.xlsx")) }
    }

    /// A workbook as openpyxl writes it (inline strings off, shared strings on, numbers, an
    /// empty cell, rich text). scripts/setup.sh installs openpyxl; without it this test fails
    /// rather than skipping, so a machine that lost it cannot pass silently.
    @Test func aWorkbookWrittenByOpenpyxl() throws {
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

/// Runs python3 with openpyxl (installed by scripts/setup.sh).
enum PythonWorkbook {
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
