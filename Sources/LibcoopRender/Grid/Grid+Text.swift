extension Grid {
    /// Writes `text` on one row starting at `position`, in `style`, and returns the number of
    /// columns it advanced.
    ///
    /// The text is sanitised first, then placed grapheme by grapheme at its display width.
    /// Writing stops at the grid's right edge or after `maxWidth` columns, whichever comes first;
    /// a wide character that would straddle that limit is replaced by a space (so the row never
    /// holds half a character, and the space counts in the result). Zero-width clusters are
    /// skipped. Rows outside the grid write nothing. O(length of text).
    @discardableResult
    public mutating func write(_ text: String, at position: Position, style: Style = .plain, maxWidth: Int? = nil) -> Int {
        guard position.y >= area.y, position.y < area.bottom else { return 0 }
        var limit = area.right
        if let maxWidth { limit = min(limit, position.x + max(0, maxWidth)) }
        guard position.x < limit else { return 0 }
        let ambiguous = AmbiguousWidth.current
        let y = position.y
        var x = position.x
        let sanitized = TerminalText.sanitized(text)
        if sanitized.unicodeScalars.allStandalone {
            // Every scalar is a cluster of its own (see `standaloneScalarsWidth`): no need to find
            // the cluster boundaries.
            for scalar in sanitized.unicodeScalars {
                guard placeNext(String(scalar), width: scalar.columnWidth(ambiguous: ambiguous), x: &x, limit: limit, y: y, style: style) else { break }
            }
        } else {
            for character in sanitized {
                guard placeNext(String(character), width: character.displayWidth(ambiguous: ambiguous), x: &x, limit: limit, y: y, style: style) else { break }
            }
        }
        return x - position.x
    }

    /// Writes `symbol` (a border piece: `─`, `│`, `╭`) in one column at each of `positions`,
    /// exactly as `write(symbol, at: position, style: style, maxWidth: 1)` would at each, but
    /// sanitising and measuring it once.
    mutating func writeInOneColumn(_ symbol: String, at positions: some Sequence<Position>, style: Style) {
        let ambiguous = AmbiguousWidth.current
        let clusters = TerminalText.sanitized(symbol).map { (symbol: String($0), width: $0.displayWidth(ambiguous: ambiguous)) }
        for position in positions {
            guard position.y >= area.y, position.y < area.bottom else { continue }
            let limit = min(area.right, position.x + 1)
            guard position.x < limit else { continue }
            var x = position.x
            for cluster in clusters {
                guard placeNext(cluster.symbol, width: cluster.width, x: &x, limit: limit, y: position.y, style: style) else { break }
            }
        }
    }

    /// Places the next cluster of a row being written at `x` and advances `x`; false when the
    /// row is full (`limit` reached) and writing stops.
    private mutating func placeNext(_ symbol: @autoclosure () -> String, width: Int, x: inout Int, limit: Int, y: Int, style: Style) -> Bool {
        if x >= limit { return false }
        if width == 0 { return true }
        if x + width > limit {
            // A wide character at the edge: fill the gap instead of cutting it.
            let start = max(x, area.x)
            if start < limit {
                for column in start..<limit { placeBlank(x: column, y: y, style: style) }
            }
            x = limit
            return false
        }
        if x < area.x {
            // Left of the grid (text scrolled sideways): show only what is inside.
            for column in area.x..<max(area.x, x + width) { placeBlank(x: column, y: y, style: style) }
            x += width
            return true
        }
        place(symbol(), width: width, style: style, x: x, y: y)
        x += width
        return true
    }

    /// Writes a styled line on one row starting at `position` (each span's style laid over
    /// `baseStyle`) and returns the number of columns it advanced. Same rules as
    /// `write(_:at:style:maxWidth:)`.
    @discardableResult
    public mutating func write(_ line: Line, at position: Position, baseStyle: Style = .plain, maxWidth: Int? = nil) -> Int {
        var used = 0
        for span in line.spans {
            let remaining = maxWidth.map { $0 - used }
            if let remaining, remaining <= 0 { break }
            used += write(span.text, at: Position(x: position.x + used, y: position.y),
                          style: baseStyle.patched(with: span.style), maxWidth: remaining)
        }
        return used
    }
}
