import LibcoopCore
import LibcoopRender

/// The `:` overlay: every kind of record by name, each result saying what it is and where it
/// belongs; Enter jumps to it.
enum RecordSearchOverlay {
    static func kindName(_ kind: RecordKind, _ language: Language) -> String {
        switch kind {
        case .library: language.pick("图书馆", "library")
        case .space: language.pick("空间", "space")
        case .program: language.pick("项目", "program")
        case .event: language.pick("事件", "event")
        case .phase: language.pick("阶段", "phase")
        case .document: language.pick("文件", "document")
        case .organization: language.pick("机构", "organisation")
        case .staff: language.pick("人员", "staff")
        }
    }

    static func render(_ state: BrowserState, search: RecordSearchState, into grid: inout Grid) {
        let language = state.language
        let frame = BrowserLayout.overlayFrame(in: grid.area)
        let inner = OverlayFrame.open(language.pick("搜索所有记录", "Find any record"), frame: frame, into: &grid)
        guard inner.height > 0 else { return }
        var input = search.input
        TextInput(prompt: Line(": ", style: Theme.accent),
                  placeholder: language.pick("图书馆、空间、项目、事件、人员" + Glyphs.current.chineseEllipsis, "libraries, spaces, programs, events, staff" + Glyphs.current.ellipsis),
                  placeholderStyle: Theme.label, isFocused: true)
            .render(in: inner.row(0), into: &grid, state: &input)
        let cursor = grid.cursor
        let list = inner.inset(top: 2)
        if state.data.recordIndex == nil {
            grid.write(IndexingNotice.text(language), at: list.origin, style: Theme.label, maxWidth: list.width)
        } else if !search.input.text.isEmpty && search.matches.isEmpty {
            grid.write(language.pick("没有匹配的记录。", "Nothing matches."), at: list.origin, style: Theme.label, maxWidth: list.width)
        }
        let columns = [
            TableColumn(language.pick("类别", "Kind"), width: .fit(min: 4, max: 14)),
            TableColumn(language.pick("名称", "Name"), width: .fill(3)),
            TableColumn(language.pick("位置", "Where"), width: .fill(2)),
        ]
        // Only the rows that show are built: a location is looked up for each.
        var selection = search.results
        let visible = max(1, list.height - 1)
        selection.keepSelectionVisible(count: search.matches.count, visibleRows: visible)
        let window = selection.offset..<min(search.matches.count, selection.offset + visible)
        let shown = search.matches[window]
        let rows = shown.map { match in
            TableRow([Line(kindName(match.kind, language), style: Theme.label),
                      Line(language.name(match.name, english: match.nameEnglish)),
                      Line(RecordLocation.text(RecordReference(kind: match.kind, id: match.id), data: state.data, language: language),
                           style: Theme.label)])
        }
        if !rows.isEmpty {
            var windowSelection = SelectionState(selected: selection.selected.map { $0 - window.lowerBound })
            var table = Table(columns: columns, rows: rows, headerStyle: Theme.heading, highlightStyle: Theme.selected, columnSpacing: 2)
            table.fitNames(column: 1, shown.map { NamePair($0.name, english: $0.nameEnglish) }, language: language, totalWidth: list.width)
            table.render(in: list, into: &grid, state: &windowSelection)
            OverlayFrame.scrollIndicator((above: window.lowerBound, below: search.matches.count - window.upperBound),
                                         frame: frame, language: language, into: &grid)
        }
        grid.cursor = cursor
    }
}
