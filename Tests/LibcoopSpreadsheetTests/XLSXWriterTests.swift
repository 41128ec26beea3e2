@testable import LibcoopSpreadsheet
import Testing

/// The parts of the xlsx writer a reader cannot show directly: sheet names Excel accepts, column
/// letters, XML escaping and column widths by display width. Whole workbooks are read back by
/// openpyxl in `LibcoopCLITests.XLSXExportTests`.
@Suite struct XLSXWriterTests {
    @Test func sheetNamesAreLegalShortAndUnique() {
        let names = XLSXWriterSheetNames.unique([
            "Work plans and documents under way (12)", "a/b:c*d?e[f]g\\h", "'quoted'", "", "History",
            "Totals", "totals", "调研参观（1）", "工作方案与文件工作方案与文件工作方案与文件工作方案与文件工作方案与文件",
        ])
        #expect(names[0] == "Work plans and documents under")
        #expect(names[1] == "a_b_c_d_e_f_g_h")
        #expect(names[2] == "quoted")
        #expect(names[3] == "Sheet4" && names[4] == "Sheet5")
        #expect(names[5] == "Totals" && names[6] == "totals (2)", "names differ ignoring case")
        #expect(names[7] == "调研参观（1）")
        #expect(names.allSatisfy { $0.utf16.count <= 31 })
        let repeated = XLSXWriterSheetNames.unique(Array(repeating: String(repeating: "x", count: 40), count: 3))
        #expect(repeated == [String(repeating: "x", count: 31), String(repeating: "x", count: 27) + " (2)", String(repeating: "x", count: 27) + " (3)"])
    }

    @Test func columnLetters() {
        #expect([0, 25, 26, 51, 52, 701, 702].map(XLSXWriterWorksheet.columnName) == ["A", "Z", "AA", "AZ", "BA", "ZZ", "AAA"])
    }

    @Test func textIsEscapedAndForbiddenCharactersLeftOut() {
        #expect(XLSXWriterXML.escaped("雨花台（3F）") == "雨花台（3F）")
        #expect(XLSXWriterXML.escaped("<a & \"b\">") == "&lt;a &amp; &quot;b&quot;&gt;")
        #expect(XLSXWriterXML.escaped("a\u{0}b\u{1}c\u{B}d\u{FFFF}e\u{FFFE}f") == "abcdef")
        #expect(XLSXWriterXML.escaped("one\ntwo\tthree\rfour") == "one\ntwo\tthree&#13;four")
        #expect(XLSXWriterXML.escaped("_x0041_ and _x00_ and snake_case") == "_x005F_x0041_ and _x00_ and snake_case")
    }

    @Test func widthsCountChineseTwiceAndStayWithinBounds() {
        #expect(XLSXWriterColumnWidth.displayWidth("abc") == 3)
        #expect(XLSXWriterColumnWidth.displayWidth("雨花台区图书馆") == 14)
        #expect(XLSXWriterColumnWidth.displayWidth("短\n长一点的行") == 10)
        #expect(XLSXWriterColumnWidth.width(forDisplayWidth: 1) == XLSXWriterColumnWidth.minimum)
        #expect(XLSXWriterColumnWidth.width(forDisplayWidth: 500) == XLSXWriterColumnWidth.maximum)
    }

    @Test func theSameWorkbookGivesTheSameBytes() throws {
        let workbook = XLSXWriter.Workbook(title: "t", sheets: [XLSXWriter.Sheet(name: "s", rows: [[.text("a"), .number(-1)]])])
        let first = try XLSXWriter.bytes(workbook), second = try XLSXWriter.bytes(workbook)
        #expect(first == second && first.starts(with: [0x50, 0x4B, 0x03, 0x04]))
    }
}
