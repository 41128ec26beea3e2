import LibcoopRender

/// The layout the program and timeline-entry overlays share: a box only as tall as its content
/// needs (up to most of the screen), the record's text at the top and its links below, as a
/// list the arrows move through and Enter follows.
enum LinkedDetail {
    static let maxWidth = 90

    /// The width the text is wrapped to on a screen `screen`, for text laid out before it is
    /// handed over (labelled fields whose values wrap under themselves).
    static func textWidth(in screen: Rect) -> Int {
        max(0, min(screen.width - 2, maxWidth) - 2)
    }

    static func render(title: String, text: [Line], links: [ListItem], selection: SelectionState,
                       language: Language, into grid: inout Grid) {
        let innerWidth = textWidth(in: grid.area)
        let textHeight = Paragraph(lines: text).lineCount(width: innerWidth)
        let listHeight = links.isEmpty ? 0 : links.count + 1
        let wanted = textHeight + (links.isEmpty ? 0 : 1) + listHeight
        let frame = BrowserLayout.overlayFrame(in: grid.area, maxWidth: maxWidth, contentHeight: wanted)
        let inner = OverlayFrame.open(title, frame: frame, into: &grid)
        // When everything does not fit, the text keeps what it needs (up to half the box) and the
        // links get every other row: no blank line between them.
        let textRows = inner.height >= wanted ? inner.height - listHeight
            : min(textHeight, max(inner.height - listHeight, (inner.height + 1) / 2))
        let parts = Layout(.vertical, [.fixed(textRows), .fill(1)]).split(inner)
        Paragraph(lines: text).render(in: parts[0], into: &grid)
        guard !links.isEmpty, parts[1].height > 1 else { return }
        grid.write(language.pick("链接（Enter 打开）", "Links (Enter opens)"), at: parts[1].origin, style: Theme.heading, maxWidth: parts[1].width)
        var selection = selection
        ListView(items: links, highlightStyle: Theme.selected, highlightSymbol: "")
            .render(in: parts[1].inset(top: 1), into: &grid, state: &selection)
    }
}
