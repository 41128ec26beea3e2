import LibcoopCore
import LibcoopRender

/// The browser as the Elm architecture has it: `update(state, message)` is the only way the state
/// changes, and `view(state)` draws it into a grid. Neither touches a terminal, so both are
/// tested directly (key sequences and snapshots); the runtime only connects them to a backend.
public enum Browser {
    /// The state for a freshly loaded dataset, at `size`.
    public static func start(data: BrowserData, size: Size, language: Language) -> BrowserState {
        var state = BrowserState(data: data, size: size, language: language)
        settle(&state)
        return state
    }

    /// Changes `state` in answer to `message`: input, or the result of an effect the runtime
    /// performed.
    @discardableResult
    public static func update(_ state: inout BrowserState, _ message: BrowserMessage) -> BrowserEffect {
        switch message {
        case .input(let event):
            return update(&state, event)
        case .reloaded(.success(let data)):
            state.reloading = nil
            state.reloadProblems = []
            replaceData(&state, with: data)
        case .reloaded(.failure(let failure)):
            state.reloading = nil
            state.reloadProblems = failure.problems
            if case .problems = state.overlay { state.overlay = .problems(ProblemListState(problems: failure.problems)) }
            state.status = StatusMessage(reloadFailedText(count: failure.problems.count, state.language), isError: true)
            settle(&state)
        case .reloadProgress(let elapsed):
            state.reloading?.elapsed = elapsed
            state.reloading?.tick += 1
        case .exported(let outcome):
            ExportKeys.finish(outcome, in: &state)
        case .recordsChanged(let request, let outcome):
            RecordChanges.apply(outcome, of: request, to: &state)
            settle(&state)
        case .indexed(let indexes):
            attach(indexes, to: &state)
        }
        return .none
    }

    /// Takes the search indexes built in the background and runs the search typed while they
    /// were built. Data that already has its indexes (a reload came first) keeps them.
    private static func attach(_ indexes: SearchIndexes, to state: inout BrowserState) {
        guard state.data.searchIndexes == nil, indexes.staff.staff.count == state.data.dataset.staff.count else { return }
        state.data.attach(indexes)
        switch state.overlay {
        case .staffSearch(var search):
            search.startSession(index: indexes.staff)
            state.overlay = .staffSearch(search)
        case .recordSearch(var search):
            search.search(in: indexes.records)
            state.overlay = .recordSearch(search)
        default:
            break
        }
        settle(&state)
    }

    /// Changes `state` in answer to `event` from the terminal.
    @discardableResult
    public static func update(_ state: inout BrowserState, _ event: InputEvent) -> BrowserEffect {
        let effect: BrowserEffect
        switch event {
        case .resize(let size):
            state.size = size
            effect = .none
        case .mouse(let mouse):
            MouseHandling.handle(mouse, in: &state)
            effect = .none
        case .key(let key) where state.pendingRemoval != nil:
            effect = RecordChanges.answerRemoval(key, in: &state)
        case .key(let key):
            if key.key != .character("n") && key.key != .character("N") { state.status = nil }
            if state.exportPrompt != nil {
                effect = ExportKeys.handle(key, in: &state)
            } else if state.overlay != nil {
                effect = OverlayKeys.handle(key, in: &state)
            } else {
                effect = BrowserKeys.handle(key, in: &state)
            }
        }
        settle(&state)
        return effect
    }

    /// What the status bar says of a reload that found `count` problems.
    static func reloadFailedText(count: Int, _ language: Language) -> String {
        language.pick("重新载入失败：\(count) 个问题，仍显示原数据。按 p 查看",
                      "Reload failed: \(count == 1 ? "1 problem" : "\(count) problems"); still showing the old data. p lists them")
    }

    /// Swaps in freshly loaded data after `r`, keeping the selected library (by id) and tab.
    private static func replaceData(_ state: inout BrowserState, with data: BrowserData) {
        let libraryID = state.selectedLibrary?.id
        state.data = data
        state.records = .none
        state.overlay = nil
        state.lastSearch = nil
        state.history = NavigationHistory()
        let position = libraryID.flatMap { data.libraryPosition($0) }
        state.tree.selected = position.flatMap { data.tree.row(ofLibrary: $0) } ?? 0
        state.status = StatusMessage(state.language.pick("已重新载入。", "Reloaded."))
        settle(&state)
    }

    /// Draws `state` at its size.
    public static func view(_ state: BrowserState) -> Grid {
        BrowserView.render(state)
    }

    /// Starts on the record `reference`: a person opens over their library's Staff tab, an
    /// organisation or a document in its overlay, any other record where it is shown. Returns
    /// false when there is no such record to show.
    public static func open(_ reference: RecordReference, in state: inout BrowserState) -> Bool {
        switch reference.kind {
        case .staff:
            guard let position = state.data.staffPosition(reference.id) else { return false }
            if let location = Links.staffLocation(position, in: state) { Links.apply(location, to: &state) }
            state.overlay = .person(PersonDetailState(staff: position, data: state.data))
            settle(&state)
            return true
        case .organization, .document:
            guard Links.follow(reference, in: &state) else { return false }
            settle(&state)
            return true
        case .library, .space, .program, .event, .phase:
            break
        }
        guard let location = Links.location(of: reference, in: state) else { return false }
        Links.apply(location, to: &state)
        settle(&state)
        return true
    }

    /// Clamps every selection to what exists and scrolls lists so the selection shows, using the
    /// layout at the current size (so `view` never has to change the state). Each tab settles its
    /// own state.
    static func settle(_ state: inout BrowserState) {
        if state.tree.selected == nil && !state.data.tree.rows.isEmpty { state.tree.selected = 0 }
        if state.records.libraryID != state.selectedLibrary?.id {
            state.records = LibraryRecords(library: state.selectedLibrary, data: state.data)
        }
        state.tree.settle(count: state.data.tree.rows.count, visibleRows: layout(state).treeRows)
        let context = tabContext(state)
        for tab in Tab.allCases { tab.settle(&state, context: context) }
        if var overlay = state.overlay, var selection = overlay.detailSelection, let content = overlay.content(in: state) {
            DetailScrolling.settle(&selection, LinkedDetail.metrics(content, size: state.size))
            overlay.detailSelection = selection
            state.overlay = overlay
        }
        if case .help(let scroll) = state.overlay {
            let maximum = BrowserLayout.helpMaximumScroll(state.size, lineCount: HelpOverlay.lineCount(state.language, size: state.size))
            state.overlay = .help(scroll: min(scroll, maximum))
        }
    }

    /// What the tabs read to answer a command or settle, at the current size.
    static func tabContext(_ state: BrowserState) -> TabContext {
        let layout = layout(state)
        return TabContext(data: state.data, library: state.selectedLibrary, records: state.records, staff: state.selectedLibraryStaff,
                          tableRows: layout.contentTableRows, content: layout.content, language: state.language, selectedTab: state.tab)
    }

    static func layout(_ state: BrowserState) -> BrowserLayout {
        BrowserLayout(size: state.size, narrowShowsContent: state.narrowShowsContent,
                      treeRowWidth: state.data.widestTreeRow[state.language] ?? 0)
    }
}
