import LibcoopCore
import LibcoopRender

/// Tab 2: the building as a lobby directory board. A cross-section on the left (a roof, then one
/// band per floor, top floor first, with its number of spaces and `!` when one is under
/// construction) and the directory on the right: every floor's heading followed by its spaces,
/// each with its kind, status and notes, the spaces without a known floor last. A space under
/// construction is marked in words, not only in colour, and so is its floor's heading. When the
/// board is taller than the pane it scrolls, with a scrollbar and a line saying how many spaces
/// are out of view: nothing is cut silently.
enum FloorsPane {
    static let sectionWidth = 16
    /// What sets a space's name in from its floor's heading.
    static let indent = " "

    /// The cross-section and the directory inside the content pane `area` (its block included).
    static func parts(of area: Rect) -> (section: Rect, directory: Rect) {
        let inner = PaneFrame.block("", focused: false).inner(area)
        let parts = Layout(.horizontal, [.fixed(min(sectionWidth, max(8, inner.width / 5))), .fill(1)], spacing: 1).split(inner)
        return (parts[0], parts[1])
    }

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
        let parts = parts(of: area)
        renderSection(bands, state: state, focused: focused && !state.floors.inDirectory, in: parts.section, into: &grid)
        renderDirectory(bands, state: state, focused: focused, in: parts.directory, into: &grid)
    }

    /// The cross-section: a roof level with the directory's column headings, then one band per
    /// floor with its label and number of spaces.
    private static func renderSection(_ bands: [LibraryRecords.Band], state: BrowserState, focused: Bool, in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
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
        let highlight = focused ? Theme.selected : (state.floors.inDirectory ? Theme.selectedUnfocused.bold() : Theme.selected.bold())
        ListView(items: items, highlightStyle: highlight, highlightSymbol: "")
            .render(in: area.inset(top: 1), into: &grid, state: &selection)
    }

    /// The directory: column headings, then the board's rows from the scroll position; a floor's
    /// heading spans the width, a space fills the columns.
    private static func renderDirectory(_ bands: [LibraryRecords.Band], state: BrowserState, focused: Bool, in area: Rect, into grid: inout Grid) {
        guard area.width > 0, area.height > 0 else { return }
        let language = state.language
        let directory = FloorDirectory(bands)
        let available = max(0, area.height - 1)
        let viewport = min(available, directory.viewport(available: max(1, available)))
        let overflows = directory.rows.count > available
        let tableArea = Rect(x: area.x, y: area.y, width: max(0, area.width - (overflows ? 1 : 0)), height: 1 + viewport)
        let spaces = bands.flatMap(\.spaces)
        // The status column is never cut: "UNDER CONSTRUCTION" must read whole.
        let statusTitle = language.pick("状态", "Status")
        let statusWidth = spaces.map { statusName($0.status, language).displayWidth }.reduce(statusTitle.displayWidth, max)
        var columns = [
            TableColumn(language.pick("空间", "Space"), width: .fit(min: 6, max: 40)),
            TableColumn(language.pick("类型", "Kind"), width: .fit(min: 4, max: 16)),
            TableColumn(statusTitle, width: .fixed(statusWidth)),
        ]
        // Narrow, the columns sit closer. Notes (whole in the space's overlay) take only the room
        // left over, and are left out when there are none or the room left is too small to read.
        let spacing = tableArea.width >= 60 ? 2 : 1
        let nameWidth = spaces.map { indent.displayWidth + language.name($0.name, english: $0.nameEnglish).displayWidth }.max() ?? 0
        let kindWidth = spaces.map { kindName($0.kind, language).displayWidth }.max() ?? 0
        let leftOver = tableArea.width - min(40, nameWidth) - min(16, kindWidth) - statusWidth - 3 * spacing
        let hasNotes = spaces.contains { $0.notes?.isEmpty == false } && leftOver >= 12
        if hasNotes { columns.append(TableColumn(language.pick("说明", "Notes"), width: .fill(1))) }
        let rows = directory.rows.map { row -> TableRow in
            guard case .room(let band, let index, _) = row else { return TableRow([]) }
            let space = bands[band].spaces[index]
            let statusStyle = space.status == .underConstruction ? Theme.underConstruction : Style.plain
            var cells = [
                Line(indent + language.name(space.name, english: space.nameEnglish)),
                Line(kindName(space.kind, language), style: Theme.label),
                Line(statusName(space.status, language), style: statusStyle),
            ]
            if hasNotes { cells.append(Line(BilingualNote.text(space.notes, language) ?? "")) }
            return TableRow(cells)
        }
        let selectedRoom = state.floors.inDirectory ? state.floors.rooms.selected : nil
        var selection = SelectionState(selected: selectedRoom.map { directory.roomRows[$0] }, offset: state.floors.scroll)
        var table = Table(columns: columns, rows: rows, headerStyle: Theme.label,
                          highlightStyle: focused ? Theme.selected : Theme.selectedUnfocused, columnSpacing: spacing)
        // In English a long name gives up part of its English form, never its original.
        let nameColumn = table.columnWidths(totalWidth: tableArea.width)[0]
        table.columns[0].width = .fixed(nameColumn)
        let nameRoom = nameColumn - indent.displayWidth
        for (position, row) in directory.rows.enumerated() {
            guard case .room(let band, let index, _) = row else { continue }
            let space = bands[band].spaces[index]
            table.rows[position].cells[0] = Line(indent + language.name(space.name, english: space.nameEnglish, width: nameRoom))
        }
        table.render(in: tableArea, into: &grid, state: &selection)
        let selectedFloor = state.floors.floors.selected
        for line in 0..<viewport {
            let index = selection.offset + line
            guard index < directory.rows.count, case .floor(let band) = directory.rows[index] else { continue }
            let row = Rect(x: tableArea.x, y: tableArea.y + 1 + line, width: tableArea.width, height: 1)
            let highlighted = band == selectedFloor && !state.floors.inDirectory
            let style = highlighted ? (focused ? Theme.selected.bold() : Theme.heading.underline()) : Theme.heading
            grid.clear(row, style: highlighted ? style : Style.plain)
            grid.write(heading(bands[band], language).truncated(toWidth: row.width), at: row.origin, style: style, maxWidth: row.width)
        }
        guard overflows else { return }
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: viewport)
        Scrollbar(contentLength: directory.rows.count, viewportLength: viewport, position: selection.offset)
            .render(in: Rect(x: body.right - 1, y: body.y, width: 1, height: body.height), into: &grid)
        let hidden = directory.hiddenRooms(scroll: selection.offset, viewport: viewport)
        if available > viewport, let more = moreLine(hidden, language) {
            grid.write(more, at: Position(x: area.x, y: body.bottom), style: Theme.label, maxWidth: area.width)
        }
    }

    /// A floor's heading on the board: `3F · 5 个空间`, and how many are under construction.
    static func heading(_ band: LibraryRecords.Band, _ language: Language) -> String {
        let count = band.spaces.count
        let dot = " \(Glyphs.current.dot) "
        var text = band.label(language) + dot + language.pick("\(count) 个空间", count == 1 ? "1 space" : "\(count) spaces")
        let building = band.spaces.filter { $0.status == .underConstruction }.count
        if building > 0 { text += dot + language.pick("\(building) 个建设中", "\(building) under construction") }
        return text
    }

    /// The line under a board that does not fit: how many spaces are above and below the rows
    /// shown (nil when only a floor's heading is out of view; the scrollbar still says so).
    static func moreLine(_ hidden: (above: Int, below: Int), _ language: Language) -> String? {
        switch (hidden.above > 0, hidden.below > 0) {
        case (true, true):
            language.pick("上面还有 \(hidden.above) 个空间，下面还有 \(hidden.below) 个", "\(hidden.above) more spaces above, \(hidden.below) below")
        case (false, true):
            language.pick("下面还有 \(hidden.below) 个空间", hidden.below == 1 ? "1 more space below" : "\(hidden.below) more spaces below")
        case (true, false):
            language.pick("上面还有 \(hidden.above) 个空间", hidden.above == 1 ? "1 more space above" : "\(hidden.above) more spaces above")
        case (false, false):
            nil
        }
    }

    static func statusName(_ status: Space.Status, _ language: Language) -> String {
        status.label.text(in: language)
    }

    static func kindName(_ kind: Space.Kind, _ language: Language) -> String {
        kind.label.text(in: language)
    }
}
