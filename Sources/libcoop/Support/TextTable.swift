import LibcoopRender

/// Columns of text aligned by display width, so Chinese (two columns a character) lines up.
///
/// Every cell is sanitised: text from data never reaches the terminal as control characters.
struct TextTable {
    private var headers: [String]
    private var rows: [[String]] = []

    init(headers: [String]) {
        self.headers = headers
    }

    mutating func append(_ row: [String]) {
        rows.append(row.map { TerminalText.sanitized($0) })
    }

    var isEmpty: Bool { rows.isEmpty }

    /// The table as lines: a heading row (bold when `style` allows), then the rows. Columns are two
    /// spaces apart; the last column is not padded.
    func render(style: TextStyle) -> String {
        var widths = headers.map(\.displayWidth)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.displayWidth)
            }
        }
        var output = style.bold(line(headers, widths: widths)) + "\n"
        for row in rows { output += line(row, widths: widths) + "\n" }
        return output
    }

    private func line(_ cells: [String], widths: [Int]) -> String {
        var parts: [String] = []
        for (column, cell) in cells.enumerated() {
            let isLast = column == cells.count - 1
            parts.append(isLast ? cell : cell.padded(toWidth: widths[column]))
        }
        var text = parts.joined(separator: "  ")
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
