import Testing
@testable import LibcoopRender

/// Renders `draw` into a fresh grid of `width` × `height` and returns the grid.
func renderGrid(width: Int, height: Int, _ draw: (inout Grid) -> Void) -> Grid {
    var grid = Grid(width: width, height: height)
    draw(&grid)
    return grid
}

/// Compares a grid with the expected screen, given as text lines. Expected lines may omit
/// trailing spaces (they are padded to the grid's width by display width). On a mismatch both
/// screens are printed, framed so trailing spaces show.
func expectScreen(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    let actual = grid.textLines()
    let width = grid.area.width
    let padded = expected.map { $0.padded(toWidth: width) }
    var wanted = padded
    while wanted.count < actual.count { wanted.append(String(repeating: " ", count: width)) }
    if actual != wanted {
        let frame = { (lines: [String]) in lines.map { "│" + $0 + "│" }.joined(separator: "\n") }
        Issue.record("""
            Screen differs.
            Expected:
            \(frame(wanted))
            Actual:
            \(frame(actual))
            """, sourceLocation: sourceLocation)
    }
    checkGridInvariants(grid, sourceLocation: sourceLocation)
}

/// Checks the structural rules of a grid: every row is exactly its width wide, every covered
/// cell follows a wide cell, every wide cell is followed by a covered one, and no cell holds a
/// control character.
func checkGridInvariants(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
    let area = grid.area
    for (row, line) in grid.textLines().enumerated() where line.displayWidth != area.width {
        Issue.record("row \(row) is \(line.displayWidth) columns, not \(area.width): \(line)", sourceLocation: sourceLocation)
    }
    for y in area.y..<area.bottom {
        for x in area.x..<area.right {
            let cell = grid[x, y]
            if cell.isCovered {
                if x == area.x || grid[x - 1, y].width != 2 {
                    Issue.record("covered cell at (\(x), \(y)) without a wide cell before it", sourceLocation: sourceLocation)
                }
            } else {
                if cell.width == 2, x + 1 >= area.right || !grid[x + 1, y].isCovered {
                    Issue.record("wide cell at (\(x), \(y)) without its covered half", sourceLocation: sourceLocation)
                }
                if cell.symbol.displayWidth != cell.width {
                    Issue.record("cell at (\(x), \(y)) holds \(cell.symbol.debugDescription) of width \(cell.symbol.displayWidth), marked \(cell.width)", sourceLocation: sourceLocation)
                }
                if TerminalText.needsSanitizing(cell.symbol) {
                    Issue.record("cell at (\(x), \(y)) holds a control character", sourceLocation: sourceLocation)
                }
            }
        }
    }
}
