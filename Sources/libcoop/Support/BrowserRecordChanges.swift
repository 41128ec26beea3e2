import LibcoopApp
import LibcoopCore

/// What the browser's `e` does in the executable (`BrowserEffect.changeRecords`): the same
/// editor loop as `libcoop edit` (`EditorSession`), with the terminal handed to the editor by
/// `suspend`, then the dataset read again. The answer is a `RecordChangeOutcome` for the status
/// line; nothing here prints.
struct BrowserRecordChanges {
    /// The dataset's files.
    let paths: [String]
    /// The bundled sample is being browsed: nothing may be written.
    let isReadOnly: Bool
    /// `$VISUAL`, `$EDITOR` or `vi`.
    let editor: String
    /// Runs its argument with the terminal given back to the shell (`NcursesBackend.suspended`).
    let suspend: (() -> RecordChangeOutcome) -> RecordChangeOutcome
    /// Reads the dataset again after a write.
    let reload: () -> Result<BrowserData, ReloadFailure>

    func perform(_ request: RecordChangeRequest) -> RecordChangeOutcome {
        guard !isReadOnly else { return .readOnly }
        switch request {
        case .edit(let record):
            return edit(record)
        case .add(let kind, let library):
            return add(kind, library: library)
        case .checkRemoval(let record):
            return remove(record, writing: false)
        case .remove(let record):
            return remove(record, writing: true)
        }
    }

    /// `libcoop remove`'s checks (`RecordEdit.removal`), and the write when `writing`.
    private func remove(_ record: RecordReference, writing: Bool) -> RecordChangeOutcome {
        let dataset: Dataset
        switch load() {
        case .success(let loaded): dataset = loaded
        case .failure(let refused): return refused.outcome
        }
        let edit: RecordEdit
        do {
            edit = try RecordEdit(reference: record, in: dataset, paths: paths)
        } catch {
            return .notWritten(.failed(error.description), recovery: nil)
        }
        switch edit.removal() {
        case .refused(let references, let otherProblems):
            return .referenced(references: references, otherProblems: otherProblems)
        case .ready(let fileBytes):
            guard writing else { return .removable(record, path: edit.path) }
            do {
                try edit.write(fileBytes, temporaryFile: InterruptCleanup.follow)
            } catch {
                if case .changedOnDisk(let path) = error { return .notWritten(.changedOnDisk(path: path), recovery: nil) }
                return .notWritten(.failed(error.description), recovery: nil)
            }
            return .removed(record, path: edit.path, data: reload())
        }
    }

    private func add(_ kind: RecordKind, library: String?) -> RecordChangeOutcome {
        let dataset: Dataset
        switch load() {
        case .success(let loaded): dataset = loaded
        case .failure(let refused): return refused.outcome
        }
        let draft: RecordAddition
        do {
            draft = try RecordAddition(kind: kind, library: library, file: nil, in: dataset, paths: paths)
        } catch {
            return .notWritten(.failed(error.description), recovery: nil)
        }
        return suspend { outcome(of: EditorSession(draft: draft, editor: editor).run(), selecting: nil) }
    }

    /// The dataset as it is on disk now, or why it cannot be changed.
    private func load() -> Result<Dataset, Refused> {
        do {
            return .success(try DatasetLoader.load(paths: paths))
        } catch {
            let first = error.diagnostics.first?.description ?? "\(error)"
            return .failure(Refused(outcome: .notWritten(.failed(first), recovery: nil)))
        }
    }

    private func edit(_ record: RecordReference) -> RecordChangeOutcome {
        let loaded: (dataset: Dataset, problems: [Diagnostic])
        do {
            loaded = try DatasetLoader.loadKeepingProblems(paths: paths)
        } catch {
            return .notWritten(.failed(error.diagnostics.first?.description ?? "\(error)"), recovery: nil)
        }
        let dataset = loaded.dataset
        var target = record
        if record.kind == .space {
            // A space is a member of its library's floors: it is edited with the library.
            guard let library = DatasetIndex(dataset).space(record.id)?.library else {
                return .notWritten(.failed("no space has the id \"\(record.id)\""), recovery: nil)
            }
            target = RecordReference(kind: .library, id: library)
        }
        let draft: RecordEdit
        do {
            draft = try RecordEdit(reference: target, in: dataset, paths: paths, baseline: loaded.problems)
        } catch {
            return .notWritten(.failed(error.description), recovery: nil)
        }
        // An edited space is selected again rather than the library it was written with.
        return suspend { outcome(of: EditorSession(draft: draft, editor: editor).run(), selecting: record.kind == .space ? record : nil) }
    }

    /// The session's outcome as the browser shows it; the data is read again after a write. The
    /// record to select is `selecting` (an edited space rather than its library), else the one
    /// written.
    private func outcome<Draft>(of session: EditorSession<Draft>.Outcome, selecting: RecordReference?) -> RecordChangeOutcome {
        switch session {
        case .saved(let written, let path):
            return .saved(selecting ?? written, path: path, data: reload())
        case .unchanged:
            return .unchanged
        case .editorFailed(let status, let recovery):
            return .notWritten(.editorFailed(status: status), recovery: recovery.flatMap(Self.path))
        case .editorDidNotStart(let message):
            return .notWritten(.failed(message), recovery: nil)
        case .gaveUp(let problems, let recovery):
            return .notWritten(.gaveUp(problems: problems.count), recovery: Self.path(recovery))
        case .notWritten(.changedOnDisk(let path), let recovery):
            return .notWritten(.changedOnDisk(path: path), recovery: Self.path(recovery))
        case .notWritten(let failure, let recovery):
            return .notWritten(.failed(failure.description), recovery: Self.path(recovery))
        case .noPrivateFile(let message, let recovery):
            return .notWritten(.failed(message), recovery: recovery.flatMap(Self.path))
        }
    }

    /// A change refused before the editor opened.
    private struct Refused: Error {
        var outcome: RecordChangeOutcome
    }

    private static func path<Draft>(_ copy: EditorSession<Draft>.RecoveryCopy) -> String? {
        if case .kept(let path) = copy { return path }
        return nil
    }
}
