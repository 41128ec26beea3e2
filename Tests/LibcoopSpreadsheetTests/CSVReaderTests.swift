import LibcoopSpreadsheet
import Testing

/// CSV as Excel and WPS write it: quotes, commas and line breaks inside quotes, CRLF.
@Suite struct CSVReaderTests {
    private func cells(_ text: String) throws -> [[String]] {
        try CSVReader.rows(of: text).rows.map(\.cells)
    }

    @Test func plainRowsWithCRLFAndLF() throws {
        #expect(try cells("姓名,职务\r\n张庆文,副馆长\r\n钱桦,副馆长\n") == [["姓名", "职务"], ["张庆文", "副馆长"], ["钱桦", "副馆长"]])
        #expect(try cells("a,b") == [["a", "b"]])
    }

    @Test func quotedFieldsHoldCommasQuotesAndLineBreaks() throws {
        let text = "name,notes\r\n\"Li, Si\",\"说 \"\"你好\"\"\r\n第二行\"\r\n王五,\r\n"
        #expect(try cells(text) == [["name", "notes"], ["Li, Si", "说 \"你好\"\r\n第二行"], ["王五", ""]])
    }

    @Test func aRecordOverSeveralLinesIsOneRowAsTheSpreadsheetNumbersIt() throws {
        let rows = try CSVReader.rows(of: "name,notes\n\"a\nb\",x\nc,y\n").rows
        #expect(rows.map(\.number) == [1, 2, 3])
        #expect(rows[2].cells == ["c", "y"])
    }

    @Test func emptyCellsAndBlankLinesKeepTheirPlaces() throws {
        let rows = try CSVReader.rows(of: "a,,c\n\n,b,\n").rows
        #expect(rows.map(\.cells) == [["a", "", "c"], [""], ["", "b", ""]])
        #expect(rows.map(\.number) == [1, 2, 3])
    }

    @Test func anUnclosedQuoteNamesTheRowItStartedOn() {
        #expect(throws: CSVReader.SyntaxError.self) { try CSVReader.rows(of: "a\nb\n\"c,d\n") }
        do {
            _ = try CSVReader.rows(of: "a\nb\n\"c,d\n")
        } catch {
            #expect(error.row == 3)
        }
    }
}
