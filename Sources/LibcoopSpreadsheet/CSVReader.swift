/// Reads CSV text as RFC 4180 describes it and Excel writes it: fields separated by commas,
/// records by CRLF or LF, a field in double quotes may hold commas, line breaks and `""` for a
/// quote. A record that spans several lines is one row, as the spreadsheet shows it.
public enum CSVReader {
    /// Why the text is not CSV.
    public struct SyntaxError: Error, CustomStringConvertible {
        /// The row (as the spreadsheet would number it) where the quoted field began.
        public var row: Int
        public var description: String { "row \(row): a quoted field is never closed" }
    }

    /// The rows of `text`; a final line break does not start another row.
    public static func rows(of text: String) throws(SyntaxError) -> SpreadsheetRows {
        var rows: [SpreadsheetRows.Row] = []
        var cells: [String] = []
        var field = String.UnicodeScalarView()
        var inQuotes = false
        var quotedFieldRow = 0
        var rowHasContent = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = scalars.next()

        func endRow() {
            cells.append(String(field))
            field = String.UnicodeScalarView()
            rows.append(SpreadsheetRows.Row(number: rows.count + 1, cells: cells))
            cells = []
            rowHasContent = false
        }

        while let scalar = pending {
            pending = scalars.next()
            if inQuotes {
                if scalar == "\"" {
                    if pending == "\"" {
                        field.append("\"")
                        pending = scalars.next()
                    } else {
                        inQuotes = false
                    }
                } else {
                    field.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty:
                inQuotes = true
                quotedFieldRow = rows.count + 1
                rowHasContent = true
            case ",":
                cells.append(String(field))
                field = String.UnicodeScalarView()
                rowHasContent = true
            case "\r":
                if pending == "\n" { pending = scalars.next() }
                endRow()
            case "\n":
                endRow()
            default:
                field.append(scalar)
                rowHasContent = true
            }
        }
        if inQuotes { throw SyntaxError(row: quotedFieldRow) }
        if rowHasContent || !field.isEmpty || !cells.isEmpty { endRow() }
        return SpreadsheetRows(rows: rows)
    }
}
