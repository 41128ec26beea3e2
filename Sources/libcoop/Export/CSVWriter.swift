/// Writes tables as CSV (RFC 4180) for Excel and WPS: records end in CRLF, a cell holding a
/// comma, a quote or a line break is quoted with its quotes doubled, every cell is sanitised and
/// formula-like cells are neutralised (`SpreadsheetCell`).
enum CSVWriter {
    /// The tables one after another: a titled table starts with its title in a row of its own,
    /// and tables are separated by an empty row.
    static func text(_ tables: [SpreadsheetTable]) -> String {
        var output = ""
        for (position, table) in tables.enumerated() {
            if position > 0 { output += "\r\n" }
            if let title = table.title { output += record([title]) }
            if !table.headers.isEmpty { output += record(table.headers) }
            for row in table.rows { output += record(row) }
            if table.rows.isEmpty, let note = table.emptyNote { output += record([note]) }
        }
        return output
    }

    /// One record: the cells joined by commas, ended by CRLF.
    static func record(_ cells: [String]) -> String {
        cells.map(field).joined(separator: ",") + "\r\n"
    }

    /// One cell as a CSV field.
    static func field(_ cell: String) -> String {
        var text = SpreadsheetCell.neutralised(SpreadsheetCell.sanitized(cell, keepingLineBreaks: true))
        let needsQuotes = text.withUTF8 { $0.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D } }
        guard needsQuotes else { return text }
        var quoted = "\""
        for character in text.unicodeScalars {
            if character == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(character)
        }
        return quoted + "\""
    }
}
