import LibcoopRender
import Testing

/// Renders `draw` into a fresh grid of `width` × `height` and returns the grid.
public func renderGrid(width: Int, height: Int, _ draw: (inout Grid) -> Void) -> Grid {
    var grid = Grid(width: width, height: height)
    draw(&grid)
    return grid
}

/// Compares a grid with the expected screen, given as text lines, and checks the grid's
/// invariants. Expected lines may omit trailing spaces and trailing blank rows (they are padded
/// to the grid's size by display width). On a mismatch the differing rows and the actual screen
/// are printed, framed so trailing spaces show. With `LIBCOOP_RECORD_SNAPSHOTS=1` a differing
/// screen written inline, `expectScreen(grid, [ … ])`, is rewritten in the test's source instead,
/// and the test still fails saying so.
public func expectScreen(_ grid: Grid, _ expected: [String], sourceLocation: SourceLocation = #_sourceLocation) {
    if let difference = ScreenComparison(grid: grid, expected: expected).difference {
        if ScreenSnapshot.isRecording {
            do {
                try InlineScreenRecorder.record(grid.textLines(), at: sourceLocation)
                Issue.record(Comment(rawValue: "Recorded the expected screen in \(sourceLocation.filePath):\(sourceLocation.line). Review it with `git diff`, then run again without \(ScreenSnapshot.recordVariable)."),
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record(Comment(rawValue: difference + "\nCannot record it: \(error)"), sourceLocation: sourceLocation)
            }
        } else {
            Issue.record(Comment(rawValue: difference + "\nIf the new screen is right: \(ScreenSnapshot.howToRecord)"), sourceLocation: sourceLocation)
        }
    }
    checkGridInvariants(grid, sourceLocation: sourceLocation)
}

/// No row wider (or narrower) than the grid, every covered cell after a wide one, every wide cell
/// followed by its covered half, no control character in a cell.
public func checkGridInvariants(_ grid: Grid, sourceLocation: SourceLocation = #_sourceLocation) {
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
