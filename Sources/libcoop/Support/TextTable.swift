import Glibc
import LibcoopRender

/// Columns of text aligned by display width, so Chinese (two columns a character) lines up.
///
/// Every cell is sanitised: text from data never reaches the terminal as control characters. On a
/// terminal no cell is wider than two thirds of it (at least 40 columns), cut with `…`, so one
/// 5,000-character name cannot make every row thousands of columns wide; a pipe or a file gets
/// every cell whole.
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

    /// The widest a cell may be on this run's standard output: `nil` (no limit) when it is not a
    /// terminal.
    static var cellWidthLimit: Int? {
        guard StandardStreams.outputIsTerminal else { return nil }
        var size = winsize()
        var columns = ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 ? Int(size.ws_col) : 0
        if columns == 0, let variable = getenv("COLUMNS"), let value = Int(String(cString: variable)) { columns = value }
        if columns <= 0 { columns = 80 }
        return max(40, columns * 2 / 3)
    }

    /// A value from data printed outside a table (a heading): sanitised, and on a terminal cut
    /// like a cell.
    static func inlineText(_ text: String, cellWidthLimit: Int? = TextTable.cellWidthLimit) -> String {
        let safe = TerminalText.sanitized(text)
        guard let cellWidthLimit, safe.displayWidth > cellWidthLimit else { return safe }
        return safe.truncated(toWidth: cellWidthLimit)
    }

    /// The table as lines: a heading row (bold when `style` allows), then the rows. Columns are two
    /// spaces apart; the last column is not padded. Cells wider than `cellWidthLimit` are cut.
    func render(style: TextStyle, cellWidthLimit: Int? = TextTable.cellWidthLimit) -> String {
        let (fitted, widths) = layout(cellWidthLimit: cellWidthLimit)
        var output = style.bold(line(headers, widths: widths)) + "\n"
        for row in fitted { output += line(row, widths: widths) + "\n" }
        return output
    }

    /// The rows alone, each line after `indent`: for lists inside a message, which have no headings.
    func renderRows(indent: String, cellWidthLimit: Int? = TextTable.cellWidthLimit) -> String {
        let (fitted, widths) = layout(cellWidthLimit: cellWidthLimit)
        return fitted.map { indent + line($0, widths: widths) + "\n" }.joined()
    }

    /// The cells cut to the limit, and each column's width.
    private func layout(cellWidthLimit: Int?) -> (rows: [[String]], widths: [Int]) {
        let fitted = cellWidthLimit.map { limit in
            rows.map { row in row.map { $0.displayWidth > limit ? $0.truncated(toWidth: limit) : $0 } }
        } ?? rows
        var widths = headers.map(\.displayWidth)
        for row in fitted {
            if widths.count < row.count { widths += Array(repeating: 0, count: row.count - widths.count) }
            for (column, cell) in row.enumerated() {
                widths[column] = max(widths[column], cell.displayWidth)
            }
        }
        return (fitted, widths)
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
