/// A run of text in one style: the smallest styled piece of a `Line`.
public struct Span: Hashable, Sendable, ExpressibleByStringLiteral {
    /// How line breaking may treat a span's text (see `LineBreaking`).
    public enum Wrapping: Hashable, Sendable {
        /// Broken wherever the text's own rules allow (running text).
        case normal
        /// Never broken: a name, or a number with its unit. It moves whole to the next line when
        /// the rest of the line is too short, and is shortened with `…` only when it is wider
        /// than a whole line.
        case keepTogether
        /// Kept whole when it fits on a line by itself, otherwise broken as normal text: a title
        /// that would rather start a line than be split, but must never lose words.
        case keepTogetherWhenPossible
    }

    /// The text, raw from data (the grid sanitises it when drawn).
    public var text: String
    /// The style laid over the line's base style.
    public var style: Style
    /// How wrapping may break this span.
    public var wrapping: Wrapping

    /// A span of `text` in `style`.
    public init(_ text: String, style: Style = .plain, wrapping: Wrapping = .normal) {
        self.text = text
        self.style = style
        self.wrapping = wrapping
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }

    /// A span that wrapping never breaks (`Wrapping.keepTogether`): a name, a count with its unit.
    public static func unbreakable(_ text: String, style: Style = .plain) -> Span {
        Span(text, style: style, wrapping: .keepTogether)
    }

    /// The columns this span occupies once drawn (after sanitising).
    public var displayWidth: Int { TerminalText.sanitized(text).displayWidth }
}
