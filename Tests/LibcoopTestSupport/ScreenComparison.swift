import LibcoopRender

/// A grid's text against an expected screen, row by row: the one comparison behind inline
/// expected screens and snapshot files.
struct ScreenComparison {
    /// The grid's rows as text, each exactly the grid's width.
    let actual: [String]
    /// The expected rows padded with spaces to the grid's width, and with blank rows to its height.
    let wanted: [String]

    init(grid: Grid, expected: [String]) {
        actual = grid.textLines()
        let width = grid.area.width
        var wanted = expected.map { row in row + String(repeating: " ", count: max(0, width - row.displayWidth)) }
        while wanted.count < actual.count { wanted.append(String(repeating: " ", count: width)) }
        self.wanted = wanted
    }

    /// Nil when the screens agree; else the rows that differ, then the whole screen as it is (to
    /// compare or to copy), `│` marking each row's edges so trailing spaces show.
    var difference: String? {
        guard actual != wanted else { return nil }
        var message = "Screen differs."
        for row in 0..<max(actual.count, wanted.count) where row >= actual.count || row >= wanted.count || actual[row] != wanted[row] {
            message += "\nrow \(row)\n  expected │\(row < wanted.count ? wanted[row] : "(none)")│\n  actual   │\(row < actual.count ? actual[row] : "(none)")│"
        }
        return message + "\nActual screen:\n" + Self.framed(actual)
    }

    /// The rows between `│` marks, one per line.
    static func framed(_ rows: [String]) -> String {
        rows.map { "│" + $0 + "│" }.joined(separator: "\n")
    }
}
