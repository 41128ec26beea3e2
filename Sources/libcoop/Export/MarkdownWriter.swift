/// Writes tables as Markdown to paste into a work report: a `##` heading per titled table and a
/// pipe table (GitHub-flavoured), every row with the header's number of cells, `|` escaped,
/// line breaks as `<br>`, control characters replaced (`SpreadsheetCell`).
enum MarkdownWriter {
    /// `heading` as a `#` title, then each table.
    static func text(_ tables: [SpreadsheetTable], heading: String? = nil) -> String {
        var blocks: [String] = []
        if let heading { blocks.append("# " + inline(heading)) }
        for table in tables {
            var block = ""
            if let title = table.title { block += "## " + inline(title) + "\n\n" }
            if table.rows.isEmpty, let note = table.emptyNote {
                block += inline(note) + "\n"
            } else {
                block += row(table.headers, columns: table.headers.count)
                block += "|" + String(repeating: " --- |", count: table.headers.count) + "\n"
                for cells in table.rows { block += row(cells, columns: table.headers.count) }
            }
            blocks.append(block)
        }
        return blocks.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined(separator: "\n")
    }

    /// A table row of exactly `columns` cells (missing ones empty, extra ones left out).
    private static func row(_ cells: [String], columns: Int) -> String {
        let padded = (0..<columns).map { $0 < cells.count ? cell(cells[$0]) : "" }
        return "| " + padded.joined(separator: " | ") + " |\n"
    }

    /// A cell's text: `\` and `|` escaped, line breaks as `<br>`.
    static func cell(_ text: String) -> String {
        var text = SpreadsheetCell.sanitized(text, keepingLineBreaks: true)
        let plain = text.withUTF8 { !$0.contains { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "|") || $0 == 0x0A } }
        if plain { return text }
        return text
            .replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "|", with: "\\|")
            .replacingOccurrences(of: "\n", with: "<br>")
    }

    /// Text for a heading or paragraph: one line, control characters replaced.
    private static func inline(_ text: String) -> String {
        SpreadsheetCell.sanitized(text, keepingLineBreaks: false)
    }
}
