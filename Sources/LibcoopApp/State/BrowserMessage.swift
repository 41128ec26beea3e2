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
}

/// Why a reload could not be used; the first problem is shown in the status bar.
public struct ReloadFailure: Error, Sendable {
    public var message: String
    public init(message: String) { self.message = message }
}
