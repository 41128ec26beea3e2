import LibcoopCore
import LibcoopRender

/// The browser's side of changing records (`e`): which record a key means where the user is, and
/// what the answer from the runtime (`RecordChangeOutcome`) does to the state — the new data,
/// the same record selected again, the status line.
enum RecordChanges {
    /// The record the user is on: the open detail overlay's, else the row of the tab that Enter
    /// would open, else the selected library.
    static func selectedRecord(in state: BrowserState) -> RecordReference? {
        if let overlay = state.overlay { return overlay.record(in: state.data) }
        if state.focus == .content {
            var trial = state
            if case .open(let overlay) = trial.tab.update(&trial, .open, context: Browser.tabContext(trial)),
               let record = overlay.record(in: state.data) {
                return record
            }
        }
        return state.selectedLibrary.map { RecordReference(kind: .library, id: $0.id) }
    }

    /// `e`: the effect that edits the selected record, or a status line saying there is none.
    static func edit(in state: inout BrowserState) -> BrowserEffect {
        guard let record = selectedRecord(in: state) else {
            state.status = StatusMessage(state.language.pick("这里没有可编辑的记录。", "No record here to edit."), isError: true)
            return .none
        }
        return .changeRecords(.edit(record))
    }

    /// `a`: the effect that adds a record of the tab's kind to the selected library (a library
    /// from the tree or the Overview), or a status line saying what to do instead.
    static func add(in state: inout BrowserState) -> BrowserEffect {
        let library = state.selectedLibrary?.id
        guard state.focus == .content else { return .changeRecords(.add(.library, library: nil)) }
        switch state.tab {
        case .overview: return .changeRecords(.add(.library, library: nil))
        case .staff: return .changeRecords(.add(.staff, library: library))
        case .programs: return .changeRecords(.add(.program, library: library))
        case .linkage: return .changeRecords(.add(.event, library: library))
        case .floors:
            state.status = StatusMessage(state.language.pick("空间随所在图书馆一起编辑：按 e 编辑本馆。", "Spaces are edited with their library: press e to edit it."))
            return .none
        }
    }

    /// `D`: asks the runtime whether the selected record can be removed; the question follows
    /// on the status line when it can (`removable`).
    static func remove(in state: inout BrowserState) -> BrowserEffect {
        guard let record = selectedRecord(in: state) else {
            state.status = StatusMessage(state.language.pick("这里没有可删除的记录。", "No record here to remove."), isError: true)
            return .none
        }
        guard record.kind != .space else {
            state.status = StatusMessage(state.language.pick("空间随所在图书馆一起编辑：按 e 编辑本馆。", "Spaces are edited with their library: press e to edit it."))
            return .none
        }
        return .changeRecords(.checkRemoval(record))
    }

    /// The key after `D`'s question: `y` removes, anything else keeps the record.
    static func answerRemoval(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        guard let record = state.pendingRemoval else { return .none }
        state.pendingRemoval = nil
        if key.key == .character("y") || key.key == .character("Y") { return .changeRecords(.remove(record)) }
        state.status = StatusMessage(state.language.pick("未删除。", "Nothing removed."))
        return .none
    }

    /// The runtime's answer to `request`.
    static func apply(_ outcome: RecordChangeOutcome, of request: RecordChangeRequest, to state: inout BrowserState) {
        let language = state.language
        switch outcome {
        case .saved(let written, let path, .success(let data)):
            // An edited space is selected again, not the library it was written with.
            let selected: RecordReference
            switch request {
            case .edit(let record) where record.kind == .space: selected = record
            case .edit, .add, .checkRemoval, .remove: selected = written
            }
            show(data, selecting: selected, in: &state)
            if case .add = request {
                state.status = StatusMessage(language.pick("已添加 \(written) 到 \(path)。", "Added \(written) to \(path)."))
            } else {
                state.status = StatusMessage(language.pick("已保存到 ", "Saved to ") + path + language.pick("。", "."))
            }
        case .saved(_, let path, .failure(let failure)):
            state.reloadProblems = failure.problems
            state.status = StatusMessage(language.pick("已保存到 \(path)，但重新载入失败：", "Saved to \(path), but reading it again failed: ")
                                         + failureSummary(failure, language), isError: true)
        case .removable(let record, let path):
            state.pendingRemoval = record
            state.status = StatusMessage(language.pick("从 \(path) 删除 \(record)？(y/N)", "Remove \(record) from \(path)? (y/N)"))
        case .referenced(let references, let otherProblems):
            let listed = references.isEmpty ? otherProblems : references
            var text = references.isEmpty
                ? language.pick("拒绝删除：删除后数据会有问题：", "Refused: without it the data would have problems: ")
                : language.pick("拒绝删除：有 \(references.count) 处引用它：", "Refused: \(references.count) reference(s) to it: ")
            text += listed.prefix(3).joined(separator: language.pick("；", "; "))
            if listed.count > 3 { text += language.pick("；另有 \(listed.count - 3) 处", "; \(listed.count - 3) more") }
            state.status = StatusMessage(text, isError: true)
        case .removed(let record, let path, .success(let data)):
            keepPlace(data, in: &state)
            state.status = StatusMessage(language.pick("已从 \(path) 删除 \(record)。", "Removed \(record) from \(path)."))
        case .removed(let record, let path, .failure(let failure)):
            state.reloadProblems = failure.problems
            state.status = StatusMessage(language.pick("已从 \(path) 删除 \(record)，但重新载入失败：", "Removed \(record) from \(path), but reading it again failed: ")
                                         + failureSummary(failure, language), isError: true)
        case .unchanged:
            state.status = StatusMessage(language.pick("没有改动，未写入。", "Nothing changed; nothing written."))
        case .readOnly:
            state.status = StatusMessage(language.pick("自带的示例数据是只读的；要编辑，请用 --data 文件 或 $LIBCOOP_DATA 指定数据。",
                                                       "The bundled sample is read-only; to edit, name your data with --data FILE or $LIBCOOP_DATA."),
                                         isError: true)
        case .notWritten(let refusal, let recovery):
            var text: String
            switch refusal {
            case .changedOnDisk(let path):
                text = language.pick("拒绝写入：\(path) 在磁盘上已被改动", "Refused: \(path) changed on disk")
            case .editorFailed(let status?):
                text = language.pick("编辑器以状态 \(status) 退出，未写入", "The editor exited with status \(status); nothing written")
            case .editorFailed(nil):
                text = language.pick("无法启动编辑器，未写入", "The editor could not be started; nothing written")
            case .gaveUp(let problems):
                text = language.pick("放弃编辑（\(problems) 个问题），未写入", "Edit given up with \(problems) problem(s); nothing written")
            case .failed(let message):
                text = language.pick("未写入：", "Nothing written: ") + message
            }
            if let recovery { text += language.pick("；你的修改保存在 ", "; your edit is kept in ") + recovery }
            state.status = StatusMessage(text + language.pick("。", "."), isError: true)
        }
    }

    /// Swaps in `data` keeping the library (by id, else the first), the tab and its rows (each
    /// tab clamps its own when the browser settles).
    private static func keepPlace(_ data: BrowserData, in state: inout BrowserState) {
        let libraryID = state.selectedLibrary?.id
        state.data = data
        state.records = .none
        state.overlay = nil
        state.lastSearch = nil
        state.history = NavigationHistory()
        let position = libraryID.flatMap { data.libraryPosition($0) }
        state.tree.selected = position.flatMap { data.tree.row(ofLibrary: $0) } ?? 0
        if position == nil { Links.resetPanes(&state) }
    }

    /// Swaps in `data` and shows `record` where it was: in its overlay again when one was open,
    /// else selected in its tab (or in the tree, when the tree had the keys).
    private static func show(_ data: BrowserData, selecting record: RecordReference, in state: inout BrowserState) {
        let overlayWasOpen = state.overlay != nil
        let treeHadKeys = state.focus == .libraries
        let libraryID = state.selectedLibrary?.id
        state.data = data
        state.records = .none
        state.overlay = nil
        state.lastSearch = nil
        state.history = NavigationHistory()
        let position = libraryID.flatMap { data.libraryPosition($0) }
        state.tree.selected = position.flatMap { data.tree.row(ofLibrary: $0) } ?? 0
        Browser.settle(&state)
        if let location = Links.location(of: record, in: state) {
            Links.apply(location, to: &state)
            Browser.settle(&state)
            if overlayWasOpen, record.kind != .library,
               case .open(let overlay) = state.tab.update(&state, .open, context: Browser.tabContext(state)) {
                state.overlay = overlay
            }
        } else if overlayWasOpen {
            Links.follow(record, in: &state)
        }
        if treeHadKeys {
            state.focus = .libraries
            state.narrowShowsContent = false
        }
    }
}

/// The first problem of a failed reading and how many more there are (`p` lists them all).
private func failureSummary(_ failure: ReloadFailure, _ language: Language) -> String {
    let first = failure.problems.first ?? ""
    guard failure.problems.count > 1 else { return first }
    return first + language.pick("（另有 \(failure.problems.count - 1) 个问题，按 p 查看）", " (\(failure.problems.count - 1) more; p lists them)")
}

extension Overlay {
    /// The record a detail overlay shows (nil for help and the searches).
    func record(in data: BrowserData) -> RecordReference? {
        switch self {
        case .help, .staffSearch, .recordSearch, .problems: nil
        case .person(let detail): RecordReference(kind: .staff, id: data.dataset.staff[detail.staff].id)
        case .entry(let detail): RecordReference(kind: detail.entry.kind == .event ? .event : .phase, id: detail.entry.id)
        case .program(let detail): RecordReference(kind: .program, id: detail.program.id)
        case .room(let detail): RecordReference(kind: .space, id: detail.space.id)
        case .organization(let detail): RecordReference(kind: .organization, id: detail.organization.id)
        case .document(let detail): RecordReference(kind: .document, id: detail.document.id)
        }
    }
}
