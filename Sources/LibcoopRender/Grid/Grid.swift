/// An in-memory screen: a rectangle of cells that widgets draw into and the backend shows.
///
/// The grid is the single place where text becomes cells, so it enforces the rules every widget
/// relies on:
/// - text is sanitised (`TerminalText.sanitized`): nothing written can drive the terminal;
/// - text is measured per grapheme cluster by display width;
/// - a wide character occupies two cells (the second covered) and is never split: one that does
///   not fit at an edge becomes a space, and writing over either half of a wide character blanks
///   the other half.
///
/// Storage is a flat row-major array, so a grid of width × height costs that many cells.
public struct Grid: Hashable, Sendable, CustomStringConvertible {
    /// The screen area this grid covers (usually at the origin).
    public private(set) var area: Rect
    /// The cells, row by row.
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should be shown after drawing (a text input sets it);
    /// nil hides the cursor.
    public var cursor: Position?

    /// A grid covering `area`, filled with blank cells.
    public init(area: Rect) {
        self.area = area
        self.cells = Array(repeating: .blank(), count: area.area)
    }

    /// A grid of `size` at the origin, filled with blank cells.
    public init(size: Size) {
        self.init(area: Rect(size: size))
    }

    /// A grid of `width` × `height` at the origin, filled with blank cells.
    public init(width: Int, height: Int) {
        self.init(area: Rect(x: 0, y: 0, width: width, height: height))
    }

    /// The cell at `position`, which must lie inside `area`.
    public subscript(position: Position) -> Cell {
        precondition(area.contains(position), "position \(position) outside \(area)")
        return cells[index(x: position.x, y: position.y)]
    }

    /// The cell at column `x`, row `y`, which must lie inside `area`.
    public subscript(x: Int, y: Int) -> Cell {
        self[Position(x: x, y: y)]
    }

    /// The index in `cells` of column `x`, row `y`.
    func index(x: Int, y: Int) -> Int {
        (y - area.y) * area.width + (x - area.x)
    }

    /// Resets every cell to blank and hides the cursor.
    public mutating func reset() {
        for i in cells.indices { cells[i] = .blank() }
        cursor = nil
    }

    /// Makes this a blank grid covering `newArea`.
    public mutating func resize(to newArea: Rect) {
        area = newArea
        cells = Array(repeating: .blank(), count: newArea.area)
        cursor = nil
    }

    // MARK: - Placing cells

    /// Stores one symbol of `width` (1 or 2) at (`x`, `y`), keeping wide characters whole: any wide
    /// character that this write cuts in half is replaced by a space. The symbol must fit.
    mutating func place(_ symbol: String, width: Int, style: Style, x: Int, y: Int) {
        let start = index(x: x, y: y)
        // The cell we overwrite may be the trailing half of a wide character to our left.
        if cells[start].isCovered, x > area.x {
            cells[start - 1] = .blank(cells[start - 1].style)
        }
        // The last cell we overwrite may be the leading half of a wide character to our right.
        let last = x + width - 1
        let lastIndex = start + width - 1
        if cells[lastIndex].width == 2, last + 1 < area.right {
            cells[lastIndex + 1] = .blank(cells[lastIndex + 1].style)
        }
        cells[start] = Cell(symbol: symbol, width: width, style: style)
        if width == 2 {
            cells[start + 1] = .covered(style)
        }
    }

    /// Puts a blank cell in `style` at (`x`, `y`), keeping wide characters whole.
    mutating func placeBlank(x: Int, y: Int, style: Style) {
        place(" ", width: 1, style: style, x: x, y: y)
    }

    /// Sets the style of the cell at `position` (both halves of a wide character), keeping its
    /// symbol. Positions outside the grid are ignored.
    public mutating func setStyle(_ style: Style, at position: Position) {
        guard area.contains(position) else { return }
        var i = index(x: position.x, y: position.y)
        if cells[i].isCovered, position.x > area.x { i -= 1 }
        cells[i].style = style
        if cells[i].width == 2, i + 1 < cells.count { cells[i + 1].style = style }
    }

    /// Lays `style` over every cell in `rect` (see `Style.patched(with:)`), keeping the symbols;
    /// used for highlighting a selected row. Cells outside the grid are ignored.
    public mutating func patchStyle(_ style: Style, in rect: Rect) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.y..<target.bottom {
            for x in target.x..<target.right {
                let i = index(x: x, y: y)
                cells[i].style = cells[i].style.patched(with: style)
            }
        }
    }

    /// Fills `rect` with blank cells in `style`, blanking any wide character cut at its edges.
    /// This is how a dialog clears the space it is drawn in.
    public mutating func clear(_ rect: Rect, style: Style = .plain) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        // What blanking the cells one by one (`placeBlank`) does, a row at a time: only a wide
        // character cut at either end of the row leaves its other half (blanked, in its style).
        let blank = Cell.blank(style)
        for y in target.y..<target.bottom {
            let first = index(x: target.x, y: y)
            let last = index(x: target.right - 1, y: y)
            if cells[first].isCovered, target.x > area.x { cells[first - 1] = .blank(cells[first - 1].style) }
            if cells[last].width == 2, target.right < area.right { cells[last + 1] = .blank(cells[last + 1].style) }
            for i in first...last { cells[i] = blank }
        }
    }

    /// Fills `rect` with copies of `symbol` (a single narrow grapheme such as `"─"` or `"░"`).
    public mutating func fill(_ rect: Rect, with symbol: Character, style: Style = .plain) {
        let target = rect.intersection(area)
        guard !target.isEmpty else { return }
        for y in target.y..<target.bottom {
            var x = target.x
            while x < target.right {
                x += max(1, write(String(symbol), at: Position(x: x, y: y), style: style, maxWidth: target.right - x))
            }
        }
    }
}
