import LibcoopCore
import LibcoopRender

/// The left pane: the municipal library with its district partners under it (`├`, the last `└`),
/// each with its counts of floors, staff and programs where the name leaves room for them.
enum LibraryTreePane {
    static func title(_ language: Language) -> String { language.pick("图书馆", "Libraries") }

    static func render(_ state: BrowserState, in area: Rect, into grid: inout Grid) {
        let focused = state.focus == .libraries || area.width >= state.size.width
        let data = state.data
        // Only the rows that can show are built: a national dataset has thousands of libraries.
        let visible = max(1, BrowserLayout.listRows(in: area))
        var selection = state.tree
        selection.keepSelectionVisible(count: data.tree.rows.count, visibleRows: visible)
        let window = selection.offset..<min(data.tree.rows.count, selection.offset + visible)
        let items = data.tree.rows[window].map { row -> ListItem in
            let library = data.dataset.libraries[row.library]
            let counts = data.counts[library.id] ?? LibraryCounts()
            let glyphs = Glyphs.current
            let branch = row.depth == 0 ? "" : (row.isLastChild ? glyphs.treeBranchLast : glyphs.treeBranch)
            // The name comes first: in English, when `English 原名` does not fit the row, its
            // English part is shortened, so the original is never what gets cut. The counts show
            // only in the room the name leaves, whole or not at all.
            let room = max(0, area.width - 2 - branch.displayWidth)
            let name = state.language.name(library.name, english: library.nameEnglish, width: room)
            let summary = counts.treeSummary(state.language)
            let fits = !summary.isEmpty && name.displayWidth + 2 + summary.displayWidth <= room
            let countsSpan = fits ? [Span("  " + summary, style: Theme.label)] : []
            return ListItem(Line([Span(branch), Span(name)] + countsSpan))
        }
        var windowSelection = SelectionState(selected: selection.selected.map { $0 - window.lowerBound })
        ListView(items: items, block: PaneFrame.block(title(state.language), focused: focused),
                 highlightStyle: PaneFrame.highlight(focused: focused), highlightSymbol: "")
            .render(in: area, into: &grid, state: &windowSelection)
        if data.tree.rows.count > visible {
            Scrollbar(contentLength: data.tree.rows.count, viewportLength: visible, position: selection.offset)
                .render(in: Rect(x: area.right - 1, y: area.y + 1, width: 1, height: visible), into: &grid)
        }
    }
}
