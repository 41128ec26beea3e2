import LibcoopCore
import LibcoopRender

/// Tab 3: the selected library's people as a table of name, pinyin, department and title. Enter
/// opens the person (`PersonOverlay`).
enum StaffPane {
    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let people = state.selectedLibraryStaff
        let columns = [
            TableColumn(language.pick("姓名", "Name"), width: .fit(min: BrowserLayout.nameColumnMinimum(language), max: 28)),
            TableColumn(language.pick("拼音", "Pinyin"), width: .fit(min: 6, max: 22)),
            TableColumn(language.pick("部门", "Department"), width: .fit(min: 4, max: 30)),
            TableColumn(language.pick("职务", "Title"), width: .fill(1)),
        ]
        var selection = state.staff.table
        let block = PaneFrame.block("\(Tab.staff.title(language)) (\(people.count))", focused: focused)
        guard !people.isEmpty else {
            block.render(in: area, into: &grid)
            grid.write(language.pick("数据中没有这个馆的人员。", "The dataset lists no staff here."), at: block.inner(area).origin,
                       style: Theme.label, maxWidth: block.inner(area).width)
            return
        }
        // Only the rows that can show are built: a library may have tens of thousands of people.
        let visible = max(1, BrowserLayout.tableRows(in: area))
        selection.keepSelectionVisible(count: people.count, visibleRows: visible)
        let window = selection.offset..<min(people.count, selection.offset + visible)
        let rows = window.map { position -> TableRow in
            let member = data.dataset.staff[people[position]]
            let department = language.text(member.department, english: member.departmentEnglish)
            let title = language.text(member.title, english: member.titleEnglish)
            return TableRow([
                Line(language.name(member.name, english: member.nameEnglish)),
                Line(data.staffIndex?.pinyin(ofStaffAt: people[position]) ?? "", style: Theme.label),
                Line(department ?? Glyphs.current.missing),
                Line(title ?? Glyphs.current.missing),
            ])
        }
        var windowSelection = SelectionState(selected: selection.selected.map { $0 - window.lowerBound }, offset: 0)
        var table = Table(columns: columns, rows: rows, block: block, headerStyle: Theme.heading,
                          highlightStyle: PaneFrame.highlight(focused: focused), columnSpacing: 2)
        table.fitNames(column: 0, window.map { position in
            let member = data.dataset.staff[people[position]]
            return NamePair(member.name, english: member.nameEnglish)
        }, language: language, totalWidth: block.inner(area).width)
        table.render(in: area, into: &grid, state: &windowSelection)
        if people.count > visible {
            Scrollbar(contentLength: people.count, viewportLength: visible, position: selection.offset)
                .render(in: Rect(x: area.right - 1, y: area.y + 2, width: 1, height: visible), into: &grid)
        }
    }
}
