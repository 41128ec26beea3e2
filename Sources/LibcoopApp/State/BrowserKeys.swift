import LibcoopCore
import LibcoopRender

/// Keys when no overlay is open: the key table (`KeyBindings`) says which command a key sends;
/// the shared commands are done here and the rest are sent to the selected tab's component.
enum BrowserKeys {
    static func handle(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        guard let command = KeyBindings.command(for: key, in: state) else { return .none }
        return perform(command, in: &state)
    }

    static func perform(_ command: BrowserCommand, in state: inout BrowserState) -> BrowserEffect {
        switch command {
        case .quit: return .quit
        case .reload:
            guard state.reloading == nil else { return .none }
            state.reloading = ReloadProgress()
            return .reload
        case .showProblems:
            if state.reloadProblems.isEmpty {
                state.status = StatusMessage(state.language.pick("上次重新载入没有发现问题。", "No problems: the last reload found none."))
            } else {
                state.overlay = .problems(ProblemListState(problems: state.reloadProblems))
            }
        case .export: ExportKeys.begin(in: &state)
        case .editRecord: return RecordChanges.edit(in: &state)
        case .addRecord: return RecordChanges.add(in: &state)
        case .removeRecord: return RecordChanges.remove(in: &state)
        case .help: state.overlay = .help(scroll: 0)
        case .findStaff: state.overlay = .staffSearch(StaffSearchState(index: state.data.staffIndex))
        case .searchRecords: state.overlay = .recordSearch(RecordSearchState())
        case .stepLastSearch(let step): stepLastSearch(by: step, in: &state)
        case .toggleLanguage: state.language = state.language.toggled
        case .showTab(let tab):
            state.tab = tab
            showContent(&state)
        case .switchPane:
            if state.focus == .libraries { showContent(&state) } else { showLibraries(&state) }
        case .back: goBack(&state)
        case .forward: goForward(&state)
        case .escape:
            if state.focus == .content { sendToTab(.back, in: &state) }
        case .left:
            if state.focus == .content { sendToTab(.back, in: &state) } else { showLibraries(&state) }
        case .right:
            if state.focus == .libraries { showContent(&state) } else { sendToTab(.right, in: &state) }
        case .open:
            if state.focus == .libraries { showContent(&state) } else { sendToTab(.open, in: &state) }
        case .move(let motion):
            if state.focus == .libraries { moveInTree(motion, in: &state) } else { sendToTab(.move(motion), in: &state) }
        case .tab(let action):
            sendToTab(.own(action), in: &state)
        }
        return .none
    }

    private static func showContent(_ state: inout BrowserState) {
        state.focus = .content
        state.narrowShowsContent = true
    }

    private static func showLibraries(_ state: inout BrowserState) {
        state.focus = .libraries
        state.narrowShowsContent = false
    }

    private static func sendToTab(_ command: TabCommand, in state: inout BrowserState) {
        switch state.tab.update(&state, command, context: Browser.tabContext(state)) {
        case .handled: break
        case .leave: showLibraries(&state)
        case .open(let overlay): Links.open(overlay, in: &state)
        }
    }

    private static func moveInTree(_ motion: ListMotion, in state: inout BrowserState) {
        let before = state.selectedLibraryPosition
        motion.apply(to: &state.tree, count: state.data.tree.rows.count, page: Browser.layout(state).treeRows)
        if state.selectedLibraryPosition != before { Links.resetPanes(&state) }
    }

    static func goBack(_ state: inout BrowserState) {
        guard let previous = state.history.goBack(from: state.location) else {
            state.status = StatusMessage(state.language.pick("没有可后退的位置。", "Nothing to go back to."))
            return
        }
        Links.apply(previous, to: &state)
    }

    static func goForward(_ state: inout BrowserState) {
        guard let next = state.history.goForward(from: state.location) else {
            state.status = StatusMessage(state.language.pick("没有可前进的位置。", "Nothing to go forward to."))
            return
        }
        Links.apply(next, to: &state)
    }

    /// `n` / `N`: the next or previous person of the last staff search.
    static func stepLastSearch(by step: Int, in state: inout BrowserState) {
        guard var last = state.lastSearch, !last.staff.isEmpty else {
            state.status = StatusMessage(state.language.pick("还没有搜索过；按 / 搜索人员。", "No search yet; press / to find staff."))
            return
        }
        last.current = (last.current + step + last.staff.count) % last.staff.count
        state.lastSearch = last
        Links.show(staff: last.staff[last.current], in: &state)
        state.status = StatusMessage("/\(last.query)  \(last.current + 1)/\(last.staff.count)")
    }
}
