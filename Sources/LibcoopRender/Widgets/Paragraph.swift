/// Text of one or more lines, wrapped to the area's width (Chinese breaks between characters,
/// Latin at spaces, no line starting with closing punctuation), aligned and scrollable.
public struct Paragraph: Widget {
    /// The source lines (explicit line breaks).
    public var lines: [Line]
    /// An optional frame.
    public var block: Block?
    /// The base style of the area.
    public var style: Style
    /// How each displayed line sits in the width.
    public var alignment: TextAlignment
    /// Whether long lines wrap (otherwise they are cut with `…`).
    public var wraps: Bool
    /// Displayed lines skipped at the top (for scrolling).
    public var scroll: Int

    /// A paragraph of styled lines.
    public init(lines: [Line], block: Block? = nil, style: Style = .plain, alignment: TextAlignment = .leading,
                wraps: Bool = true, scroll: Int = 0) {
        self.lines = lines
        self.block = block
        self.style = style
        self.alignment = alignment
        self.wraps = wraps
        self.scroll = max(0, scroll)
    }

    /// A paragraph of plain text; `\n` (or `\r\n`) starts a new line.
    public init(_ text: String, block: Block? = nil, style: Style = .plain, alignment: TextAlignment = .leading,
                wraps: Bool = true, scroll: Int = 0) {
        let lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { Line(String($0)) }
        self.init(lines: lines, block: block, style: style, alignment: alignment, wraps: wraps, scroll: scroll)
    }

    /// The lines as displayed at `width` columns (after wrapping or truncation).
    public func displayLines(width: Int) -> [Line] {
        guard width > 0 else { return [] }
        if wraps { return lines.flatMap { LineBreaking.wrap($0, width: width) } }
        return lines.map { Line.truncating($0, toWidth: width) }
    }

    /// The number of rows the text needs at `width` columns (for scroll limits and scrollbars).
    public func lineCount(width: Int) -> Int {
        displayLines(width: width).count
    }

    public func render(in area: Rect, into grid: inout Grid) {
        if let block { block.render(in: area, into: &grid) }
        let inner = (block?.inner(area) ?? area).intersection(grid.area)
        guard !inner.isEmpty else { return }
        grid.clear(inner, style: style)
        let shown = displayLines(width: inner.width).dropFirst(scroll).prefix(inner.height)
        for (row, line) in shown.enumerated() {
            let gap = max(0, inner.width - line.displayWidth)
            let lead: Int
            switch alignment {
            case .leading: lead = 0
            case .center: lead = gap / 2
            case .trailing: lead = gap
            }
            grid.write(line, at: Position(x: inner.x + lead, y: inner.y + row), baseStyle: style,
                       maxWidth: inner.width - lead)
        }
    }
}
