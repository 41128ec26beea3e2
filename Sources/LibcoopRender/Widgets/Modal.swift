/// A dialog drawn over the screen: it blanks a centred box (cleanly, even across Chinese text
/// underneath), frames it with a titled border and shows wrapped text, with an optional line of
/// key hints at the bottom.
public struct Modal: Widget {
    /// The title on the border.
    public var title: Line
    /// The message, wrapped to the box.
    public var lines: [Line]
    /// Key hints on the last row inside the box, such as `Enter 确定  Esc 取消`.
    public var hints: [KeyHint]
    /// The preferred outer width (clamped to the screen).
    public var preferredWidth: Int
    /// The style of the box.
    public var style: Style
    /// The style of the border.
    public var borderStyle: Style

    /// A dialog titled `title` showing `lines`.
    public init(title: Line, lines: [Line], hints: [KeyHint] = [], preferredWidth: Int = 50,
                style: Style = .plain, borderStyle: Style = Style().bold()) {
        self.title = title
        self.lines = lines
        self.hints = hints
        self.preferredWidth = preferredWidth
        self.style = style
        self.borderStyle = borderStyle
    }

    /// A dialog showing `message` (newlines start new lines).
    public init(title: Line, message: String, hints: [KeyHint] = [], preferredWidth: Int = 50) {
        self.init(title: title, lines: Paragraph(message).lines, hints: hints, preferredWidth: preferredWidth)
    }

    /// The box the dialog occupies inside `screen`: centred, as tall as its text needs.
    public func frame(in screen: Rect) -> Rect {
        let width = min(preferredWidth, screen.width)
        let textWidth = max(1, width - 4)
        let textRows = Paragraph(lines: lines).lineCount(width: textWidth)
        let height = textRows + 2 + (hints.isEmpty ? 0 : 2)
        return screen.centered(width: width, height: height)
    }

    /// Draws the dialog centred in `area` (normally the whole screen).
    public func render(in area: Rect, into grid: inout Grid) {
        let box = frame(in: area)
        guard !box.isEmpty else { return }
        let block = Block(title: title, borderStyle: borderStyle, style: style, horizontalPadding: 1)
        block.render(in: box, into: &grid)
        let inner = block.inner(box)
        let hintRows = hints.isEmpty ? 0 : 2
        let textArea = inner.inset(bottom: hintRows)
        Paragraph(lines: lines, style: style).render(in: textArea, into: &grid)
        if !hints.isEmpty, inner.height >= 1 {
            KeyHintBar(hints: hints, style: style).render(in: inner.row(inner.height - 1), into: &grid)
        }
    }
}
