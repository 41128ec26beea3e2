extension Grid {
    /// The grid as text, one string per row, each exactly `area.width` columns wide. Covered
    /// cells are left out, so wide characters read naturally: `"图书馆  "`. Used by snapshot tests.
    public func textLines() -> [String] {
        (0..<area.height).map { row in
            var line = ""
            let start = row * area.width
            for cell in cells[start..<start + area.width] where !cell.isCovered {
                line += cell.symbol
            }
            return line
        }
    }

    /// One string per row with `mark` where a cell satisfies `predicate` and `.` elsewhere (both
    /// halves of a wide character are marked), for testing styles: e.g. where the selection is.
    public func styleLines(mark: Character = "#", where predicate: (Style) -> Bool) -> [String] {
        (0..<area.height).map { row in
            let start = row * area.width
            return String(cells[start..<start + area.width].map { predicate($0.style) ? mark : "." })
        }
    }

    /// The rows of `textLines()` joined with newlines.
    public var description: String { textLines().joined(separator: "\n") }
}
