import LibcoopRender

/// How a detail overlay's body scrolls when the box cannot show it all. Its `SelectionState`
/// holds the selected link (`selected`, nil while no link is in view) and the first line shown
/// (`offset`). The rule: the selected link is always one on screen, so Enter never opens a record
/// the user has not seen. The arrows step from link to link while the next is in view or just
/// below it, and otherwise scroll a line (the text above and between links can be read);
/// PgUp/PgDn scroll a page and keep the selection when it still shows (else the first or last
/// link in view); `g`/Home go to the top, `G`/End to the end and its last link.
enum DetailScrolling {
    /// What scrolling needs to know of a body: its lines, where its links are, and how many lines
    /// the box shows.
    struct Metrics: Sendable, Hashable {
        var lineCount: Int
        var linkStart: Int
        var linkCount: Int
        var visible: Int

        var maximumOffset: Int { max(0, lineCount - visible) }
        var page: Int { max(1, visible - 1) }

        func line(ofLink link: Int) -> Int { linkStart + link }

        func isVisible(link: Int, offset: Int) -> Bool {
            let line = line(ofLink: link)
            return line >= offset && line < offset + visible
        }

        /// The links in view at `offset`, top to bottom.
        func visibleLinks(offset: Int) -> [Int] {
            (0..<linkCount).filter { isVisible(link: $0, offset: offset) }
        }
    }

    static func apply(_ motion: ListMotion, to selection: inout SelectionState, _ metrics: Metrics) {
        var offset = min(selection.offset, metrics.maximumOffset)
        var selected = selection.selected.flatMap { $0 < metrics.linkCount ? $0 : nil }
        switch motion {
        case .next:
            if let current = selected, current + 1 < metrics.linkCount, metrics.line(ofLink: current + 1) <= offset + metrics.visible {
                selected = current + 1
                offset = max(offset, metrics.line(ofLink: current + 1) - metrics.visible + 1)
            } else if selected == nil, let first = metrics.visibleLinks(offset: offset).first {
                selected = first
            } else if offset < metrics.maximumOffset {
                offset += 1
            }
        case .previous:
            if let current = selected, current > 0 {
                selected = current - 1
                offset = min(offset, metrics.line(ofLink: current - 1))
            } else if offset > 0 {
                offset -= 1
                if let current = selected, !metrics.isVisible(link: current, offset: offset) { selected = nil }
            }
        case .first:
            offset = 0
            selected = metrics.linkCount > 0 && metrics.isVisible(link: 0, offset: 0) ? 0 : nil
        case .last:
            offset = metrics.maximumOffset
            selected = metrics.linkCount > 0 ? metrics.linkCount - 1 : nil
        case .pageDown:
            let moved = min(metrics.maximumOffset, offset + metrics.page)
            if moved == offset {
                selected = metrics.linkCount > 0 ? metrics.linkCount - 1 : nil
            } else {
                offset = moved
                if selected.map({ !metrics.isVisible(link: $0, offset: offset) }) ?? true {
                    selected = metrics.visibleLinks(offset: offset).first
                }
            }
        case .pageUp:
            let moved = max(0, offset - metrics.page)
            if moved == offset {
                selected = metrics.linkCount > 0 && metrics.isVisible(link: 0, offset: offset) ? 0 : selected
            } else {
                offset = moved
                if selected.map({ !metrics.isVisible(link: $0, offset: offset) }) ?? true {
                    selected = metrics.visibleLinks(offset: offset).last
                }
            }
        }
        if let current = selected, !metrics.isVisible(link: current, offset: offset) { selected = nil }
        selection = SelectionState(selected: selected, offset: offset)
    }

    /// After a resize or on opening: the offset within range, and a selected link in view — by
    /// scrolling to it once the user has scrolled, else (the box still at its top, where the
    /// record's text comes first) by selecting nothing until the arrows reach a link.
    static func settle(_ selection: inout SelectionState, _ metrics: Metrics) {
        var offset = min(max(0, selection.offset), metrics.maximumOffset)
        var selected = selection.selected.flatMap { $0 < metrics.linkCount ? $0 : nil }
        if let current = selected, !metrics.isVisible(link: current, offset: offset) {
            if offset == 0 && metrics.line(ofLink: current) >= metrics.visible {
                selected = nil
            } else {
                let line = metrics.line(ofLink: current)
                offset = line < offset ? line : min(metrics.maximumOffset, line - metrics.visible + 1)
            }
        }
        selection = SelectionState(selected: selected, offset: offset)
    }
}
