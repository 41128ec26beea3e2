/// What `Browser.update` asks the runtime to do beyond changing the state.
public enum BrowserEffect: Sendable, Equatable {
    case none
    /// Stop and give the terminal back (`q`).
    case quit
    /// Read the dataset files again (`r`); the runtime does it and sends the result back through
    /// `Browser.update` as `BrowserMessage.reloaded`.
    case reload
    /// Write the focused table to a file (`x`); the runtime does it and sends what became of it
    /// back as `BrowserMessage.exported`.
    case export(TableExport)
    /// Change the dataset's records (`e`): the runtime suspends the screen for the user's
    /// editor, writes, reads the data again, and sends `BrowserMessage.recordsChanged` back.
    case changeRecords(RecordChangeRequest)
}
