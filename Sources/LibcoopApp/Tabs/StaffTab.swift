import LibcoopRender

/// The Staff tab's state: the selected row of the staff table.
public struct StaffPaneState: Sendable, Hashable {
    public var table = SelectionState(selected: 0)
}

/// Tab 3, the selected library's people (drawn by `StaffPane`): Enter opens the selected person.
enum StaffTab: TabComponent {
    static let state = \BrowserState.staff
    static let initial = StaffPaneState()

    static func place(_ state: StaffPaneState) -> (row: Int?, subrow: Int?) { (state.table.selected, nil) }

    static func show(row: Int, subrow: Int?, in state: inout StaffPaneState) { state.table.selected = row }

    static func update(_ state: inout StaffPaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        switch command {
        case .move(let motion):
            motion.apply(to: &state.table, count: context.staff.count, page: context.page)
        case .open:
            guard let row = state.table.selected, row < context.staff.count else { break }
            return .open(.person(PersonDetailState(staff: context.staff[row], data: context.data)))
        case .back:
            return .leave
        case .right, .own:
            break
        }
        return .handled
    }

    static func settle(_ state: inout StaffPaneState, context: TabContext) {
        state.table.settle(count: context.staff.count, visibleRows: max(1, context.tableRows))
    }

    static func canMove(_ state: StaffPaneState, context: TabContext) -> Bool { !context.staff.isEmpty }

    static func openHint(_ state: StaffPaneState, context: TabContext) -> String? {
        context.staff.isEmpty ? nil : context.language.pick("人员详情", "person")
    }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        StaffPane.render(browser, in: area, focused: focused, into: &grid)
    }
}
