/// What to show instead of the layout when the terminal is smaller than it needs: a short,
/// centred message giving the size needed and the size there is. Redraw normally once a resize
/// makes the terminal big enough again.
///
/// ```swift
/// if !screen.size.contains(minimum) { grid.render(TerminalTooSmall(required: minimum, actual: screen.size)) }
/// ```
public struct TerminalTooSmall: Widget {
    /// The smallest size the layout works at.
    public var required: Size
    /// The current size.
    public var actual: Size
    /// The style of the message.
    public var style: Style

    /// A notice that `actual` is smaller than `required`.
    public init(required: Size, actual: Size, style: Style = .plain) {
        self.required = required
        self.actual = actual
        self.style = style
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty else { return }
        grid.clear(area, style: style)
        let times = Glyphs.current.times
        let candidates: [[String]] = [
            ["终端窗口太小", "需要 \(required.width)\(times)\(required.height)，当前 \(actual.width)\(times)\(actual.height)",
             "Terminal too small"],
            ["终端太小", "需要 \(required.width)\(times)\(required.height)"],
            ["终端太小"],
            ["!"],
        ]
        let lines = candidates.first { lines in
            lines.count <= area.height && lines.allSatisfy { $0.displayWidth <= area.width }
        } ?? [candidates[2][0].truncated(toWidth: area.width, ellipsis: "")]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (row, text) in lines.prefix(area.height).enumerated() {
            let lead = max(0, (area.width - text.displayWidth) / 2)
            grid.write(text, at: Position(x: area.x + lead, y: top + row), style: style, maxWidth: area.width - lead)
        }
    }
}
