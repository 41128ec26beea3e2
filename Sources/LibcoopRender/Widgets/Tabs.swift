/// A row of tab titles with the selected one highlighted. When the titles do not all fit, the
/// row scrolls so the selected tab is visible and shows `‹` / `›` where tabs are hidden.
public struct Tabs: Widget {
    /// The tab titles.
    public var titles: [Line]
    /// The index of the selected tab.
    public var selected: Int
    /// The style of the whole row.
    public var style: Style
    /// Laid over the selected tab.
    public var highlightStyle: Style
    /// Drawn between tabs.
    public var divider: Span

    /// A tab bar of `titles` with `selected` highlighted.
    public init(titles: [Line], selected: Int, style: Style = .plain,
                highlightStyle: Style = Style().reversed().bold(), divider: Span = Span("|")) {
        self.titles = titles
        self.selected = selected
        self.style = style
        self.highlightStyle = highlightStyle
        self.divider = divider
    }

    /// The column ranges (relative to the area) of the visible tabs, by index; for mouse clicks.
    public func tabRanges(width: Int) -> [(index: Int, columns: Range<Int>)] {
        let widths = titles.map { $0.displayWidth + 2 }
        let dividerWidth = divider.displayWidth
        let first = firstVisible(widths: widths, dividerWidth: dividerWidth, width: width)
        var ranges: [(index: Int, columns: Range<Int>)] = []
        var x = first > 0 ? 1 : 0
        for index in first..<titles.count {
            if x >= width { break }
            let end = min(width, x + widths[index])
            ranges.append((index, x..<end))
            x = end + dividerWidth
        }
        return ranges
    }

    /// The first tab to show so that the selected one fits.
    private func firstVisible(widths: [Int], dividerWidth: Int, width: Int) -> Int {
        guard !widths.isEmpty else { return 0 }
        let target = min(max(0, selected), widths.count - 1)
        var first = 0
        func span(from start: Int) -> Int {
            var total = start > 0 ? 1 : 0  // the ‹ marker
            for index in start...target { total += widths[index] + (index > start ? dividerWidth : 0) }
            if target < widths.count - 1 { total += 1 }  // room for the › marker
            return total
        }
        while first < target, span(from: first) > width { first += 1 }
        return first
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.clear(row, style: style)
        let ranges = tabRanges(width: row.width)
        guard let firstIndex = ranges.first?.index else { return }
        if firstIndex > 0 { grid.write(Glyphs.current.previous, at: row.origin, style: style) }
        for (position, entry) in ranges.enumerated() {
            let x = row.x + entry.columns.lowerBound
            let room = entry.columns.count
            let tabStyle = entry.index == selected ? style.patched(with: highlightStyle) : style
            let title = Line([Span(" ")] + titles[entry.index].spans + [Span(" ")])
            grid.write(Line.truncating(title, toWidth: room), at: Position(x: x, y: row.y), baseStyle: tabStyle,
                       maxWidth: room)
            let dividerX = row.x + entry.columns.upperBound
            if position < ranges.count - 1, dividerX < row.right {
                grid.write(divider.text, at: Position(x: dividerX, y: row.y), style: style.patched(with: divider.style),
                           maxWidth: row.right - dividerX)
            }
        }
        if let last = ranges.last, last.index < titles.count - 1 || last.columns.count < titles[last.index].displayWidth + 2 {
            grid.write(Glyphs.current.next, at: Position(x: row.right - 1, y: row.y), style: style)
        }
    }
}
