import LibcoopRender

/// The Programs tab's state: the selected program.
public struct ProgramsPaneState: Sendable, Hashable {
    public var list = SelectionState(selected: 0)
}

/// Tab 4, the programs the selected library leads or partners in (drawn by `ProgramsPane`, the
/// list in the upper half): Enter opens the selected program.
enum ProgramsTab: TabComponent {
    static let state = \BrowserState.programs
    static let initial = ProgramsPaneState()

    static func place(_ state: ProgramsPaneState) -> (row: Int?, subrow: Int?) { (state.list.selected, nil) }

    static func show(row: Int, subrow: Int?, in state: inout ProgramsPaneState) { state.list.selected = row }

    static func update(_ state: inout ProgramsPaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        let programs = context.records.programs
        switch command {
        case .move(let motion):
            motion.apply(to: &state.list, count: programs.count, page: context.page / 2)
        case .open:
            guard let row = state.list.selected, row < programs.count else { break }
            return .open(.program(ProgramDetailState(program: programs[row], data: context.data)))
        case .back:
            return .leave
        case .right, .own:
            break
        }
        return .handled
    }

    static func settle(_ state: inout ProgramsPaneState, context: TabContext) {
        state.list.settle(count: context.records.programs.count, visibleRows: max(1, context.tableRows / 2))
    }

    static func canMove(_ state: ProgramsPaneState, context: TabContext) -> Bool { !context.records.programs.isEmpty }

    static func openHint(_ state: ProgramsPaneState, context: TabContext) -> String? {
        context.records.programs.isEmpty ? nil : context.language.pick("项目详情", "program")
    }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        ProgramsPane.render(browser, in: area, focused: focused, into: &grid)
    }
}
