/// A one-line message in the status bar: what just happened, or what went wrong.
public struct StatusMessage: Sendable, Hashable {
    public var text: String
    public var isError: Bool

    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}
