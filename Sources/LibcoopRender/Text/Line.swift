/// One line of styled text: a sequence of spans, drawn left to right without wrapping.
public struct Line: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The styled pieces, in order.
    public var spans: [Span]

    /// A line made of `spans`.
    public init(_ spans: [Span]) {
        self.spans = spans
    }

    /// A line of `text` in a single `style`.
    public init(_ text: String, style: Style = .plain) {
        self.spans = [Span(text, style: style)]
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// An empty line.
    public static let empty = Line([Span]())

    /// The whole text without styles.
    public var plainText: String { spans.map(\.text).joined() }

    /// The columns this line occupies once drawn.
    public var displayWidth: Int { spans.reduce(0) { $0 + $1.displayWidth } }

    /// This line with `style` laid over every span (see `Style.patched(with:)`).
    public func patchingStyle(_ style: Style) -> Line {
        Line(spans.map { Span($0.text, style: $0.style.patched(with: style), wrapping: $0.wrapping) })
    }
}
