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
        for character in TerminalText.sanitized(text) {
            if x >= limit { break }
            let width = character.displayWidth(ambiguous: ambiguous)
            if width == 0 { continue }
            if x + width > limit {
                // A wide character at the edge: fill the gap instead of cutting it.
                let start = max(x, area.x)
                if start < limit {
                    for column in start..<limit { placeBlank(x: column, y: y, style: style) }
                }
                x = limit
                break
            }
            if x < area.x {
                // Left of the grid (text scrolled sideways): show only what is inside.
                for column in area.x..<max(area.x, x + width) { placeBlank(x: column, y: y, style: style) }
                x += width
                continue
            }
            place(String(character), width: width, style: style, x: x, y: y)
            x += width
        }
        return x - position.x
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
