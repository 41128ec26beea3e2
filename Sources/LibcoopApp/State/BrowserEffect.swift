/// What `Browser.update` asks the runtime to do beyond changing the state.
public enum BrowserEffect: Sendable, Equatable {
    case none
    /// Stop and give the terminal back (`q`).
    case quit
    /// Read the dataset files again (`r`); the runtime calls `Browser.replaceData` or
    /// `Browser.reloadFailed`.
    case reload
}
