import LibcoopCore
import LibcoopRender

/// Tab 2: the building floor by floor, top floor first. A cross-section on the left (one band per
/// floor, the selected one highlighted) and the selected floor's spaces on the right, each with its
/// kind and status; a space under construction is marked in words, not only in colour.
enum FloorsPane {
    static let sectionWidth = 16

    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let language = state.language
        let block = PaneFrame.block(Tab.floors.title(language), focused: focused)
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        let bands = state.records.bands
        guard !bands.isEmpty else {
            grid.write(language.pick("数据中没有楼层。", "The dataset gives no floors."), at: inner.origin, style: Theme.label, maxWidth: inner.width)
            return
        }
        let parts = Layout(.horizontal, [.fixed(min(sectionWidth, max(8, inner.width / 5))), .fill(1)], spacing: 1).split(inner)
        renderSection(bands, state: state, focused: focused && !state.floors.inSpaces, in: parts[0], into: &grid)
        let selected = min(state.floors.floors.selected ?? 0, bands.count - 1)
        renderSpaces(bands[selected], state: state, focused: focused && state.floors.inSpaces, in: parts[1], into: &grid)
    }

    /// The cross-section: a roof, then one band per floor with its label and number of spaces.
    private static func renderSection(_ bands: [LibraryRecords.Band], state: BrowserState, focused: Bool, in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
        // The roof sits on the row of the spaces' column headings, so the bands start level
        // with the first space.
        let area = area.inset(top: 1)
        guard area.height > 0 else { return }
        let roof = String(repeating: Glyphs.current.roof, count: area.width)
        grid.write(roof, at: area.origin, style: Theme.label)
        let items = bands.map { band -> ListItem in
            let count = "\(band.spaces.count)"
            let building = band.spaces.contains { $0.status == .underConstruction } ? "!" : " "
            let inside = max(0, area.width - 2)
            let text = (band.shortLabel.truncated(toWidth: max(0, inside - count.displayWidth - 2)).padded(toWidth: max(0, inside - count.displayWidth - 1))) + building + count
            return ListItem(Glyphs.current.wallLeft + text + Glyphs.current.wallRight)
        }
        var selection = state.floors.floors
        ListView(items: items, highlightStyle: focused ? Theme.selected : Theme.selected.bold(), highlightSymbol: "")
            .render(in: area.inset(top: 1), into: &grid, state: &selection)
    }

    private static func renderSpaces(_ band: LibraryRecords.Band, state: BrowserState, focused: Bool, in area: Rect, into grid: inout Grid) {
        let language = state.language
        // The status column is never cut: "UNDER CONSTRUCTION" must read whole.
        let statusTitle = language.pick("状态", "Status")
        // Notes take only the room left over; without notes on this floor the column is left out.
        let hasNotes = band.spaces.contains { $0.notes?.isEmpty == false }
        var columns = [
            TableColumn(language.pick("空间", "Space"), width: .fit(min: 6, max: 40)),
            TableColumn(language.pick("类型", "Kind"), width: .fit(min: 4, max: 16)),
            TableColumn(statusTitle, width: .fixed(band.spaces.map { statusName($0.status, language).displayWidth }.reduce(statusTitle.displayWidth, max))),
        ]
        if hasNotes { columns.append(TableColumn(language.pick("说明", "Notes"), width: .fill(1))) }
        let rows = band.spaces.map { space -> TableRow in
            let status = statusName(space.status, language)
            let statusStyle = space.status == .underConstruction ? Theme.underConstruction : Style.plain
            var cells = [
                Line(language.name(space.name, english: space.nameEnglish)),
                Line(kindName(space.kind, language), style: Theme.label),
                Line(status, style: statusStyle),
            ]
            if hasNotes { cells.append(Line(space.notes ?? "")) }
            return TableRow(cells)
        }
        let count = language.pick("\(band.spaces.count) 个空间", band.spaces.count == 1 ? "1 space" : "\(band.spaces.count) spaces")
        grid.write("\(band.label(language)) \(Glyphs.current.dot) \(count)", at: area.origin, style: Theme.heading.underline(), maxWidth: area.width)
        var selection = state.floors.spaces
        Table(columns: columns, rows: rows, headerStyle: Theme.label,
              highlightStyle: focused ? Theme.selected : Style.plain, columnSpacing: 2)
            .render(in: area.inset(top: 1), into: &grid, state: &selection)
    }

    static func statusName(_ status: Space.Status, _ language: Language) -> String {
        switch status {
        case .open: language.pick("开放", "open")
        case .underConstruction: language.pick("建设中", "UNDER CONSTRUCTION")
        case .planned: language.pick("规划中", "planned")
        case .closed: language.pick("关闭", "closed")
        }
    }

    static func kindName(_ kind: Space.Kind, _ language: Language) -> String {
        switch kind {
        case .serviceHall: language.pick("服务大厅", "service hall")
        case .readingRoom: language.pick("阅览室", "reading room")
        case .children: language.pick("少儿", "children")
        case .accessibility: language.pick("无障碍", "accessibility")
        case .study: language.pick("自修", "study")
        case .lending: language.pick("借阅", "lending")
        case .periodicals: language.pick("报刊", "periodicals")
        case .salon: language.pick("沙龙", "salon")
        case .multipurpose: language.pick("多功能", "multipurpose")
        case .specialCollection: language.pick("特藏", "special collection")
        case .exhibition: language.pick("展览", "exhibition")
        case .meeting: language.pick("会议", "meeting")
        case .training: language.pick("培训", "training")
        case .other: language.pick("其他", "other")
        }
    }
}
