/// Writes tables as aligned text for a terminal or a plain file: each title on its own line and
/// each table aligned by display width (`TextTable`, which sanitises every cell).
enum PlainTextWriter {
    static func text(_ tables: [SpreadsheetTable], heading: String?, style: TextStyle) -> String {
        var blocks: [String] = []
        if let heading { blocks.append(style.bold(SpreadsheetCell.sanitized(heading, keepingLineBreaks: false)) + "\n") }
        for table in tables {
            var block = ""
            if let title = table.title { block += style.bold(SpreadsheetCell.sanitized(title, keepingLineBreaks: false)) + "\n" }
            if table.rows.isEmpty, let note = table.emptyNote {
                block += "  " + SpreadsheetCell.sanitized(note, keepingLineBreaks: false) + "\n"
            } else {
                var text = TextTable(headers: table.headers)
                for row in table.rows { text.append(row.map { SpreadsheetCell.sanitized($0, keepingLineBreaks: false) }) }
                block += text.render(style: style)
            }
            blocks.append(block)
        }
        return blocks.joined(separator: "\n")
    }
}
