/// A run of text in one style: the smallest styled piece of a `Line`.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text, raw from data (the grid sanitises it when drawn).
    public var text: String
    /// The style laid over the line's base style.
    public var style: Style

    /// A span of `text` in `style`.
    public init(_ text: String, style: Style = .plain) {
        self.text = text
        self.style = style
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// The columns this span occupies once drawn (after sanitising).
    public var displayWidth: Int { TerminalText.sanitized(text).displayWidth }
}
