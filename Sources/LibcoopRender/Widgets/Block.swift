/// A frame around other widgets: borders, a title on the top border, an optional background.
///
/// Draw the block, then draw the content into `inner(area)`:
/// ```swift
/// let block = Block(title: "合作项目")
/// grid.render(block, in: area)
/// grid.render(list, in: block.inner(area), state: &listState)
/// ```
public struct Block: Widget, Hashable, Sendable {
    /// Text shown on the top border (truncated with `…` to fit between the corners).
    public var title: Line?
    /// Where the title sits on the top border.
    public var titleAlignment: TextAlignment
    /// Which sides have a border.
    public var borders: Borders
    /// The line drawing used.
    public var borderType: BorderType
    /// The style of the border lines.
    public var borderStyle: Style
    /// The style of the title (laid over the border style).
    public var titleStyle: Style
    /// The style filled into the whole area before anything else is drawn.
    public var style: Style
    /// Blank columns between the left/right border and the content.
    public var horizontalPadding: Int

    /// A block with the given look; by default all borders, plain lines, no title.
    public init(title: Line? = nil, titleAlignment: TextAlignment = .leading, borders: Borders = .all,
                borderType: BorderType = .plain, borderStyle: Style = .plain, titleStyle: Style = .plain,
                style: Style = .plain, horizontalPadding: Int = 0) {
        self.title = title
        self.titleAlignment = titleAlignment
        self.borders = borders
        self.borderType = borderType
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.style = style
        self.horizontalPadding = max(0, horizontalPadding)
    }

    /// The area left for content inside the borders and padding.
    public func inner(_ area: Rect) -> Rect {
        area.inset(top: borders.contains(.top) || (title != nil) ? 1 : 0,
                   left: (borders.contains(.left) ? 1 : 0) + horizontalPadding,
                   bottom: borders.contains(.bottom) ? 1 : 0,
                   right: (borders.contains(.right) ? 1 : 0) + horizontalPadding)
    }

    public func render(in area: Rect, into grid: inout Grid) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty else { return }
        grid.clear(area, style: style)
        let symbols = borderType.resolvedForTerminal.symbols
        let lineStyle = style.patched(with: borderStyle)
        let top = area.y
        let bottom = area.bottom - 1
        let left = area.x
        let right = area.right - 1
        if borders.contains(.top) {
            grid.writeInOneColumn(symbols.horizontal, at: (left...right).lazy.map { Position(x: $0, y: top) }, style: lineStyle)
        }
        if borders.contains(.bottom), bottom > top || !borders.contains(.top) {
            grid.writeInOneColumn(symbols.horizontal, at: (left...right).lazy.map { Position(x: $0, y: bottom) }, style: lineStyle)
        }
        if borders.contains(.left) {
            grid.writeInOneColumn(symbols.vertical, at: (top...bottom).lazy.map { Position(x: left, y: $0) }, style: lineStyle)
        }
        if borders.contains(.right), right > left || !borders.contains(.left) {
            grid.writeInOneColumn(symbols.vertical, at: (top...bottom).lazy.map { Position(x: right, y: $0) }, style: lineStyle)
        }
        func corner(_ symbol: String, _ x: Int, _ y: Int) {
            grid.write(symbol, at: Position(x: x, y: y), style: lineStyle, maxWidth: 1)
        }
        if borders.contains([.top, .left]) { corner(symbols.topLeft, left, top) }
        if borders.contains([.top, .right]), right > left { corner(symbols.topRight, right, top) }
        if borders.contains([.bottom, .left]), bottom > top { corner(symbols.bottomLeft, left, bottom) }
        if borders.contains([.bottom, .right]), bottom > top, right > left { corner(symbols.bottomRight, right, bottom) }
        if let title { renderTitle(title, in: area, into: &grid) }
    }

    /// Writes the title on the top row, between the corners, with a space on each side if it fits.
    private func renderTitle(_ title: Line, in area: Rect, into grid: inout Grid) {
        let leftInset = borders.contains(.left) ? 1 : 0
        let rightInset = borders.contains(.right) ? 1 : 0
        let room = area.width - leftInset - rightInset
        guard room > 0 else { return }
        let titleWidth = title.displayWidth
        let padded = titleWidth + 2 <= room
        let shown = min(room, padded ? titleWidth + 2 : titleWidth)
        let offset: Int
        switch titleAlignment {
        case .leading: offset = 0
        case .center: offset = (room - shown) / 2
        case .trailing: offset = room - shown
        }
        var x = area.x + leftInset + offset
        let base = style.patched(with: borderStyle).patched(with: titleStyle)
        if padded {
            grid.write(" ", at: Position(x: x, y: area.y), style: base)
            x += 1
        }
        let textRoom = padded ? titleWidth : room
        let text = titleWidth > textRoom ? Line.truncating(title, toWidth: textRoom) : title
        x += grid.write(text, at: Position(x: x, y: area.y), baseStyle: base, maxWidth: textRoom)
        if padded {
            grid.write(" ", at: Position(x: x, y: area.y), style: base)
        }
    }
}

extension Line {
    /// `line` cut to `width` columns with `…` at the end (styles kept), never splitting a
    /// grapheme cluster.
    static func truncating(_ line: Line, toWidth width: Int, ellipsis: String = Glyphs.current.ellipsis) -> Line {
        guard line.displayWidth > width else { return line }
        guard width > 0 else { return .empty }
        let ellipsisWidth = ellipsis.displayWidth
        var budget = width - ellipsisWidth
        if budget < 0 { budget = width }
        var spans: [Span] = []
        var lastStyle = line.spans.last?.style ?? .plain
        for span in line.spans where budget > 0 {
            let text = TerminalText.sanitized(span.text)
            let spanWidth = text.displayWidth
            if spanWidth <= budget {
                spans.append(Span(text, style: span.style))
                budget -= spanWidth
            } else {
                spans.append(Span(text.prefix(fittingWidth: budget).text, style: span.style))
                lastStyle = span.style
                budget = 0
            }
            lastStyle = span.style
        }
        if width >= ellipsisWidth { spans.append(Span(ellipsis, style: lastStyle)) }
        return Line(spans)
    }
}
