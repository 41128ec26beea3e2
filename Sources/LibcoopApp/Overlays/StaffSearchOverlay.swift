import LibcoopCore
import LibcoopRender

/// The `/` overlay: staff search over every library, answered on each keystroke (hanzi, pinyin,
/// initials, Traditional, English), best first, showing name, library and title.
enum StaffSearchOverlay {
    static func render(_ state: BrowserState, search: StaffSearchState, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let frame = BrowserLayout.overlayFrame(in: grid.area)
        let matches = search.matches
        let count = search.input.text.isEmpty || search.session == nil
            ? "" : " \(Glyphs.current.dot) \(matches.count == StaffSearchState.limit ? "\(matches.count)+" : "\(matches.count)")"
        let inner = OverlayFrame.open(language.pick("搜索人员", "Find staff") + count, frame: frame, into: &grid)
        guard inner.height > 0 else { return }
        var input = search.input
        TextInput(prompt: Line("/ ", style: Theme.accent),
                  placeholder: language.pick("姓名、拼音、首字母（jx）、繁体或英文名", "name, pinyin, initials (jx), Traditional or English"),
                  placeholderStyle: Theme.label, isFocused: true)
            .render(in: inner.row(0), into: &grid, state: &input)
        let cursor = grid.cursor
        let list = inner.inset(top: 2)
        if search.session == nil {
            grid.write(IndexingNotice.text(language), at: list.origin, style: Theme.label, maxWidth: list.width)
        } else if !search.input.text.isEmpty && matches.isEmpty {
            grid.write(language.pick("没有匹配的人员。", "Nobody matches."), at: list.origin, style: Theme.label, maxWidth: list.width)
        }
        // Widths from all the staff (once indexed), so the columns stay put while typing.
        let widest = data.searchIndexes?.staffColumns
        func width(_ widest: Int?, min: Int, max: Int) -> ColumnWidth {
            widest.map { .steady(widest: $0, min: min, max: max) } ?? .fit(min: min, max: max)
        }
        let columns = [
            TableColumn(language.pick("姓名", "Name"), width: width(widest?.name[language], min: BrowserLayout.nameColumnMinimum(language), max: 28)),
            TableColumn(language.pick("拼音", "Pinyin"), width: width(widest?.pinyin, min: 6, max: 22)),
            TableColumn(language.pick("所属", "Library"), width: width(widest?.owner[language], min: 4, max: 40)),
            TableColumn(language.pick("职务", "Title"), width: .fill(1)),
        ]
        var selection = search.results
        let visible = max(1, list.height - 1)
        selection.keepSelectionVisible(count: matches.count, visibleRows: visible)
        let window = selection.offset..<min(matches.count, selection.offset + visible)
        let rows = window.map { position -> TableRow in
            let match = matches[position]
            let member = match.member
            let owner = (member.library ?? member.organization).map { data.ownerName($0, language) } ?? Glyphs.current.missing
            let title = language.text(member.title, english: member.titleEnglish)
            return TableRow([Line(language.name(member.name, english: member.nameEnglish)), Line(match.pinyin, style: Theme.label),
                             Line(owner), Line(title ?? Glyphs.current.missing)])
        }
        if !rows.isEmpty {
            var windowSelection = SelectionState(selected: selection.selected.map { $0 - window.lowerBound })
            var table = Table(columns: columns, rows: rows, headerStyle: Theme.heading, highlightStyle: Theme.selected, columnSpacing: 2)
            let members = window.map { matches[$0].member }
            table.fitNames(column: 0, members.map { NamePair($0.name, english: $0.nameEnglish) }, language: language, totalWidth: list.width)
            table.fitNames(column: 2, members.map { member in (member.library ?? member.organization).flatMap(data.ownerNamePair) },
                           language: language, totalWidth: list.width)
            table.render(in: list, into: &grid, state: &windowSelection)
            OverlayFrame.scrollIndicator((above: window.lowerBound, below: matches.count - window.upperBound),
                                         frame: frame, language: language, into: &grid)
        }
        grid.cursor = cursor
    }
}
