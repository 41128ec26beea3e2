import LibcoopCore
import LibcoopRender

/// The left pane: the municipal library with its district partners under it, each with counts of
/// floors, staff and programs.
enum LibraryTreePane {
    static func title(_ language: Language) -> String { language.pick("图书馆", "Libraries") }

    static func render(_ state: BrowserState, in area: Rect, into grid: inout Grid) {
        let focused = state.focus == .libraries || area.width >= state.size.width
        let data = state.data
        let items = data.tree.rows.map { row -> ListItem in
            let library = data.dataset.libraries[row.library]
            let counts = data.counts[library.id] ?? LibraryCounts()
            let indent = row.depth == 0 ? "" : "└ "
            let name = state.language.name(library.name, english: library.nameEnglish)
            let figures = state.language.pick("\(counts.floors)层 \(counts.staff)人 \(counts.programs)项",
                                              "F\(counts.floors) S\(counts.staff) P\(counts.programs)")
            return ListItem(Line([Span(indent), Span(name), Span("  " + figures, style: Theme.label)]))
        }
        var selection = state.tree
        ListView(items: items, block: PaneFrame.block(title(state.language), focused: focused),
                 highlightStyle: PaneFrame.highlight(focused: focused), highlightSymbol: "")
            .render(in: area, into: &grid, state: &selection)
    }
}
