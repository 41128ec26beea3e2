/// The prompt line `x` opens in place of the footer: first the path to write (prefilled with a
/// name in the current directory, edited in place), then, when a file is already there, a y/N
/// question before it is replaced.
public struct ExportPrompt: Sendable, Equatable {
    public enum Stage: Sendable, Equatable {
        /// Typing the path.
        case path
        /// A file exists at the request's path: `y` replaces it, anything else keeps it.
        case confirmReplacing(TableExport)
    }

    /// The table being exported (every field but the path and format, which come from `text`).
    public var request: TableExport
    /// The path as typed so far.
    public var text: String
    public var stage: Stage = .path
    /// Why Enter did not export what was typed (shown after it until the next key).
    public var problem: String?

    public init(request: TableExport, text: String) {
        self.request = request
        self.text = text
    }
}
