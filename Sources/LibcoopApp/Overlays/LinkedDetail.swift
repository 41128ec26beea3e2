import LibcoopRender

/// The layout every detail overlay shares: a box only as tall as its content needs (up to most of
/// the screen), the record's text at the top and its links below. When the box cannot show it
/// all, the body scrolls (`DetailScrolling`): the selected link is always one the user can see,
/// and the bottom border says how many lines are out of view.
enum LinkedDetail {
    static let maxWidth = 90

    /// The width the text is wrapped to on a screen `screen`, for text laid out before it is
    /// handed over (labelled fields whose values wrap under themselves).
    static func textWidth(in screen: Rect) -> Int {
        max(0, min(screen.width - 2, maxWidth) - 2)
    }

    /// The overlay's body as displayed: the text wrapped, then — when there are links — a blank
    /// line, the heading and one line per link.
    struct Body {
        var lines: [Line]
        /// The line of the first link.
        var linkStart: Int
        var linkCount: Int
    }

    static func body(_ content: DetailContent, width: Int) -> Body {
        var lines = Paragraph(lines: content.text).displayLines(width: width)
        guard !content.links.isEmpty else { return Body(lines: lines, linkStart: lines.count, linkCount: 0) }
        if !lines.isEmpty && lines.last != .empty { lines.append(.empty) }
        lines.append(Line(content.linksHeading, style: Theme.heading))
        let start = lines.count
        lines += content.links.map { $0.line.patchingStyle($0.style) }
        return Body(lines: lines, linkStart: start, linkCount: content.links.count)
    }

    /// The box on `screen` for a body of `lineCount` lines.
    static func frame(in screen: Rect, lineCount: Int) -> Rect {
        BrowserLayout.overlayFrame(in: screen, maxWidth: maxWidth, contentHeight: lineCount)
    }

    /// What scrolling needs to know of `content` on a screen of `size`.
    static func metrics(_ content: DetailContent, size: Size) -> DetailScrolling.Metrics {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let body = body(content, width: textWidth(in: screen))
        let visible = max(0, frame(in: screen, lineCount: body.lines.count).height - 2)
        return DetailScrolling.Metrics(lineCount: body.lines.count, linkStart: body.linkStart, linkCount: body.linkCount, visible: visible)
    }

    static func render(_ content: DetailContent, selection: SelectionState, language: Language, into grid: inout Grid) {
        let body = body(content, width: textWidth(in: grid.area))
        let frame = frame(in: grid.area, lineCount: body.lines.count)
        let inner = OverlayFrame.open(content.title, frame: frame, into: &grid)
        guard !inner.isEmpty else { return }
        let top = max(0, min(selection.offset, body.lines.count - inner.height))
        for row in 0..<inner.height {
            let index = top + row
            guard index < body.lines.count else { break }
            let isSelected = selection.selected.map { body.linkStart + $0 == index } ?? false
            Paragraph(lines: [body.lines[index]], style: isSelected ? Theme.selected : .plain, wraps: false)
                .render(in: inner.row(row), into: &grid)
        }
        let hidden = (above: top, below: max(0, body.lines.count - top - inner.height))
        OverlayFrame.scrollIndicator(hidden, frame: frame, language: language, into: &grid)
    }
}
