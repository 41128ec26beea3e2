import LibcoopRender

/// The Floors tab's state: the floor selected in the cross-section, the space selected in the
/// directory, how far the directory is scrolled, and which of the two has the keys.
public struct FloorsPaneState: Sendable, Hashable {
    /// Rows of the cross-section, top floor first; the last row is "floor not given" when the
    /// library has spaces without a floor. Always the floor of the selected space.
    public var floors = SelectionState(selected: 0)
    /// The selected space, numbered across the whole directory (`FloorDirectory`).
    public var rooms = SelectionState(selected: 0)
    /// The first row of the directory shown.
    public var scroll = 0
    /// Whether the keys move through the directory's spaces (after Enter or →) rather than the
    /// cross-section's floors.
    public var inDirectory = false
}

/// Tab 2, the building as a lobby directory board (drawn by `FloorsPane`): every floor's spaces
/// under their floor, with a cross-section of the building beside them. As in lazygit's panels,
/// the keys start in the cross-section: the arrows choose a floor, whose group the directory
/// highlights and scrolls into view; Enter or → goes into the directory at that floor, where
/// the arrows move from space to space across floors (the cross-section follows) and Enter opens
/// the space; Esc or ← comes back out to the cross-section.
enum FloorsTab: TabComponent {
    static let state = \BrowserState.floors
    static let initial = FloorsPaneState()

    static func place(_ state: FloorsPaneState) -> (row: Int?, subrow: Int?) {
        let subrow = state.inDirectory ? state.rooms.selected : nil
        return (state.floors.selected, subrow)
    }

    /// `subrow` is the space's number across the directory (as `place` gives it), so a place
    /// kept in history finds the same space.
    static func show(row: Int, subrow: Int?, in state: inout FloorsPaneState) {
        state.floors.selected = row
        state.inDirectory = subrow != nil
        state.rooms.selected = subrow
    }

    static func update(_ state: inout FloorsPaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        let bands = context.records.bands
        let directory = FloorDirectory(bands)
        switch command {
        case .move(let motion):
            if state.inDirectory {
                motion.apply(to: &state.rooms, count: directory.roomCount, page: context.page)
                if let room = state.rooms.selected { state.floors.selected = directory.roomBands[room] }
            } else {
                let before = state.floors.selected
                motion.apply(to: &state.floors, count: bands.count, page: context.page)
                if state.floors.selected != before { state.rooms.selected = nil }
            }
        case .open where state.inDirectory:
            guard let room = state.rooms.selected, room < directory.roomCount else { return .handled }
            let place = directory.place(ofRoom: room)
            return .open(.room(RoomDetailState(space: bands[place.band].spaces[place.index], data: context.data)))
        case .open, .right:
            guard !state.inDirectory, let floor = state.floors.selected, directory.hasRooms(band: floor) else { return .handled }
            state.inDirectory = true
            state.rooms.selected = directory.firstRooms[floor]
        case .back:
            guard state.inDirectory else { return .leave }
            state.inDirectory = false
        case .own:
            break
        }
        return .handled
    }

    static func settle(_ state: inout FloorsPaneState, context: TabContext) {
        let bands = context.records.bands
        let directory = FloorDirectory(bands)
        state.floors.settle(count: bands.count, visibleRows: max(1, context.tableRows))
        if state.inDirectory {
            state.rooms.settle(count: directory.roomCount, visibleRows: 1)
            if let room = state.rooms.selected { state.floors.selected = directory.roomBands[room] } else { state.inDirectory = false }
        } else if let floor = state.floors.selected {
            // Outside the directory the selected space is the floor's first: where Enter goes in.
            state.rooms.selected = directory.hasRooms(band: floor) ? directory.firstRooms[floor] : nil
        }
        state.scroll = scroll(state, directory: directory, available: context.tableRows)
    }

    /// The directory's scroll that shows what has the keys: the selected space (with its floor's
    /// heading when it is the floor's first), or the selected floor's whole group, heading first.
    static func scroll(_ state: FloorsPaneState, directory: FloorDirectory, available: Int) -> Int {
        guard !directory.rows.isEmpty else { return 0 }
        let viewport = directory.viewport(available: max(1, available))
        let wanted: ClosedRange<Int>
        if state.inDirectory, let room = state.rooms.selected {
            let row = directory.roomRows[room]
            wanted = (directory.place(ofRoom: room).index == 0 ? row - 1 : row)...row
        } else if let floor = state.floors.selected, floor < directory.headingRows.count {
            wanted = directory.rows(ofBand: floor)
        } else {
            wanted = 0...0
        }
        let shown = wanted.count > viewport ? wanted.lowerBound...(wanted.lowerBound + viewport - 1) : wanted
        return directory.scroll(state.scroll, showing: shown, viewport: viewport)
    }

    static func openHint(_ state: FloorsPaneState, context: TabContext) -> String? {
        if state.inDirectory { return state.rooms.selected == nil ? nil : context.language.pick("打开空间", "open space") }
        guard let floor = state.floors.selected, FloorDirectory(context.records.bands).hasRooms(band: floor) else { return nil }
        return context.language.pick("进入楼层", "into floor")
    }

    static func canMove(_ state: FloorsPaneState, context: TabContext) -> Bool { !context.records.bands.isEmpty }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        FloorsPane.render(browser, in: area, focused: focused, into: &grid)
    }

    /// A click or the wheel at `point` in the content pane `content`: on the cross-section it
    /// selects that floor (a click) and gives it the keys; on the directory it selects the space
    /// clicked and gives the directory the keys.
    static func pointer(at point: Position, click: Bool, content: Rect, in browser: inout BrowserState) {
        let parts = FloorsPane.parts(of: content)
        let directory = FloorDirectory(browser.records.bands)
        if parts.section.contains(point) {
            browser.floors.inDirectory = false
            let count = directory.headingRows.count
            if click, let floor = browser.floors.floors.index(forRow: point.y - parts.section.y - 1, count: count) {
                browser.floors.floors.selected = floor
                browser.floors.rooms.selected = nil
            }
        } else if parts.directory.contains(point), directory.roomCount > 0 {
            if !browser.floors.inDirectory {
                browser.floors.inDirectory = true
                browser.floors.rooms.selected = browser.floors.rooms.selected ?? 0
            }
            let row = browser.floors.scroll + point.y - parts.directory.y - 1
            if click, point.y > parts.directory.y, row < directory.rows.count,
               case .room(_, _, let room) = directory.rows[row] {
                browser.floors.rooms.selected = room
            }
        }
    }
}
