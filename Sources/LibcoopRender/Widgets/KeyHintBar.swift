/// A key and what it does, for the status bar: `KeyHint("q", "退出")`.
public struct KeyHint: Hashable, Sendable {
    /// The key's name as shown, such as `"q"`, `"Tab"` or `"↑↓"`.
    public var key: String
    /// What the key does.
    public var action: String

    /// A hint that `key` does `action`.
    public init(_ key: String, _ action: String) {
        self.key = key
        self.action = action
    }
}

/// A one-row status bar of key hints: ` q 退出  / 搜索  Tab 切换 `. Hints that do not fit are
/// dropped whole from the end (never cut in the middle), with `…` marking that some are missing.
public struct KeyHintBar: Widget {
    /// The hints, most important first.
    public var hints: [KeyHint]
    /// The style of the bar.
    public var style: Style
    /// Laid over the key names.
    public var keyStyle: Style
    /// Blank columns between hints.
    public var spacing: Int

    /// A bar of `hints`.
    public init(hints: [KeyHint], style: Style = .plain, keyStyle: Style = Style().reversed(), spacing: Int = 2) {
        self.hints = hints
        self.style = style
        self.keyStyle = keyStyle
        self.spacing = max(1, spacing)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.clear(row, style: style)
        var x = row.x
        for (index, hint) in hints.enumerated() {
            let keyText = " " + TerminalText.sanitized(hint.key) + " "
            let actionText = " " + TerminalText.sanitized(hint.action)
            let needed = keyText.displayWidth + actionText.displayWidth
            let isLast = index == hints.count - 1
            let reserve = isLast ? 0 : 1  // keep room for the … marker
            let gap = index == 0 ? 0 : spacing
            if x + gap + needed + reserve > row.right {
                // Earlier hints left room for the marker one column after them.
                let markerX = index == 0 ? x : x + 1
                if markerX < row.right { grid.write(Glyphs.current.overflow, at: Position(x: markerX, y: row.y), style: style) }
                return
            }
            x += gap
            x += grid.write(keyText, at: Position(x: x, y: row.y), style: style.patched(with: keyStyle))
            x += grid.write(actionText, at: Position(x: x, y: row.y), style: style)
        }
    }
}
