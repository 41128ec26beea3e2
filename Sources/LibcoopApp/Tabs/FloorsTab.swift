import LibcoopRender

/// The Floors tab's state: the selected floor of the building and the selected space on it.
public struct FloorsPaneState: Sendable, Hashable {
    /// Rows of the cross-section, top floor first; the last row is "floor not given" when the
    /// library has rooms without a floor.
    public var floors = SelectionState(selected: 0)
    public var spaces = SelectionState(selected: 0)
    /// Whether the keys move through the spaces (after Enter or →) rather than the floors.
    public var inSpaces = false
}

/// Tab 2, the building floor by floor (drawn by `FloorsPane`): the arrows move through the
/// floors; Enter or → goes into the selected floor's spaces, Esc or ← comes back out.
enum FloorsTab: TabComponent {
    static let state = \BrowserState.floors
    static let initial = FloorsPaneState()

    static func place(_ state: FloorsPaneState) -> (row: Int?, subrow: Int?) {
        (state.floors.selected, state.inSpaces ? state.spaces.selected : nil)
    }

    static func show(row: Int, subrow: Int?, in state: inout FloorsPaneState) {
        state.floors.selected = row
        state.spaces.selected = subrow ?? 0
        state.inSpaces = subrow != nil
    }

    static func update(_ state: inout FloorsPaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        let bands = context.records.bands
        switch command {
        case .move(let motion):
            if state.inSpaces {
                motion.apply(to: &state.spaces, count: spaceCount(state, bands), page: context.page)
            } else {
                let before = state.floors.selected
                motion.apply(to: &state.floors, count: bands.count, page: context.page)
                if state.floors.selected != before { state.spaces = SelectionState(selected: 0) }
            }
        case .open, .right:
            state.inSpaces = true
        case .back:
            guard state.inSpaces else { return .leave }
            state.inSpaces = false
        case .own:
            break
        }
        return .handled
    }

    static func settle(_ state: inout FloorsPaneState, context: TabContext) {
        let rows = max(1, context.tableRows)
        state.floors.settle(count: context.records.bands.count, visibleRows: rows)
        state.spaces.settle(count: spaceCount(state, context.records.bands), visibleRows: rows)
    }

    static func openHint(_ language: Language) -> String? { language.pick("进入楼层", "into floor") }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        FloorsPane.render(browser, in: area, focused: focused, into: &grid)
    }

    /// How many spaces the selected floor has.
    private static func spaceCount(_ state: FloorsPaneState, _ bands: [LibraryRecords.Band]) -> Int {
        let floor = state.floors.selected ?? 0
        return floor < bands.count ? bands[floor].spaces.count : 0
    }
}
