import LibcoopRender

/// Everything `Browser.update` answers, as in the Elm architecture: input from the terminal, and
/// the results of work the runtime did for an effect (`BrowserEffect.reload`), which come back
/// here rather than being written into the state behind `update`'s back.
public enum BrowserMessage: Sendable {
    case input(InputEvent)
    /// The dataset files read again after `BrowserEffect.reload`: the new data, or why it could
    /// not be used.
    case reloaded(Result<BrowserData, ReloadFailure>)
    /// What became of `BrowserEffect.export`: written, a file already there, or why not.
    case exported(TableExport.Outcome)
    /// What came of `BrowserEffect.changeRecords(request)`.
    case recordsChanged(RecordChangeRequest, RecordChangeOutcome)
    /// The search indexes of the data the browser opened with, built in the background after its
    /// first frame; a search typed meanwhile runs now.
    case indexed(SearchIndexes)
    /// The reload is still running, this long after `r`: the footer's indicator moves on.
    case reloadProgress(elapsed: Duration)
}

/// Why a reload could not be used: every problem, one line each (`file:line:column: /pointer:
/// message`), already made safe for the terminal. The status bar gives their count; `p` lists
/// them.
public struct ReloadFailure: Error, Sendable {
    public var problems: [String]

    public init(problems: [String]) { self.problems = problems }

    /// A failure with one problem.
    public init(message: String) { self.init(problems: [message]) }
}
