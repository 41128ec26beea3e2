import LibcoopSpreadsheet

extension SpreadsheetTable {
    /// The table as a worksheet named `name`: the header row (bold, frozen), then the rows; the
    /// empty note as the only row when there are none. Cells are sanitised and formula-like text
    /// neutralised exactly as in CSV (`CSVWriter.field`), so both forms hold the same text; the
    /// cells of `numericColumns` that are plain whole numbers become numbers.
    func worksheet(named name: String) -> XLSXWriter.Sheet {
        var cells: [[XLSXWriter.Cell]] = []
        cells.reserveCapacity(rows.count + 1)
        if !headers.isEmpty { cells.append(headers.map { .text(Self.cellText($0)) }) }
        for row in rows {
            cells.append(row.enumerated().map { column, text in
                if numericColumns.contains(column), let number = Self.wholeNumber(text) { return .number(number) }
                return .text(Self.cellText(text))
            })
        }
        if rows.isEmpty, let emptyNote { cells.append([.text(Self.cellText(emptyNote))]) }
        return XLSXWriter.Sheet(name: name, rows: cells, headerRows: headers.isEmpty ? 0 : 1)
    }

    /// A cell's text as CSV holds it (before quoting).
    static func cellText(_ text: String) -> String {
        SpreadsheetCell.neutralised(SpreadsheetCell.sanitized(text, keepingLineBreaks: true))
    }

    /// `text` as a number when it is written as one: an optional `-` and up to 15 digits without
    /// a leading zero (Excel keeps 15 significant digits; "007" is an id, not 7).
    static func wholeNumber(_ text: String) -> Int? {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        guard !digits.isEmpty, digits.utf8.count <= 15, digits.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        if digits.utf8.count > 1 && digits.first == "0" { return nil }
        return Int(text)
    }
}
