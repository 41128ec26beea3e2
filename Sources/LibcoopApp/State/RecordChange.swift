import LibcoopCore

/// A change to the dataset's records that the browser asks the runtime to make
/// (`BrowserEffect.changeRecords`): the runtime hands the terminal to the user's editor, writes
/// the file, reads the dataset again, and answers with a `RecordChangeOutcome` through
/// `BrowserMessage.recordsChanged`. `update` stays pure: it only names the record.
public enum RecordChangeRequest: Sendable, Hashable {
    /// `e`: the record in the user's editor, as `libcoop edit KIND:ID` does it. A space is
    /// edited with the library that holds it.
    case edit(RecordReference)
    /// `a`: a new record of `kind` from a template, as `libcoop add KIND --library L` does it.
    case add(RecordKind, library: String?)
    /// `D`: whether the record can be removed (no other record refers to it), before asking.
    case checkRemoval(RecordReference)
    /// `y` after `D`: remove the record from its file, as `libcoop remove KIND:ID --yes` does.
    case remove(RecordReference)
}

/// What came of a `RecordChangeRequest`, for the status line and the data.
public enum RecordChangeOutcome: Sendable {
    /// The record was written to `path`; `data` is the dataset read again (nil when that failed,
    /// with the reason), in which `reference` is selected.
    case saved(RecordReference, path: String, data: Result<BrowserData, ReloadFailure>)
    /// The editor's text was saved as shown: nothing to write.
    case unchanged
    /// The bundled sample is read-only: editing needs `--data` or `$LIBCOOP_DATA`.
    case readOnly
    /// `checkRemoval`: nothing refers to the record, which is in `path`; ask before removing it.
    case removable(RecordReference, path: String)
    /// `checkRemoval` or `remove`: other records refer to this one (each as `file: /pointer`), or
    /// the dataset without it would have other problems; nothing was removed.
    case referenced(references: [String], otherProblems: [String])
    /// `remove`: the record left `path`; `data` is the dataset read again.
    case removed(RecordReference, path: String, data: Result<BrowserData, ReloadFailure>)
    /// Nothing was written, and why; `recovery` is the file keeping the user's edit, if any.
    case notWritten(RecordChangeRefusal, recovery: String?)
}

/// Why a change was not written.
public enum RecordChangeRefusal: Sendable, Hashable {
    /// The file changed on disk since it was loaded (another editor, a `git pull`).
    case changedOnDisk(path: String)
    /// The editor exited with this status (or could not start: `nil`).
    case editorFailed(status: Int32?)
    /// Problems were found and the text was saved again unchanged; how many problems.
    case gaveUp(problems: Int)
    /// Anything else, in words from the core (English).
    case failed(String)
}
