/// How a cell looks: foreground and background colour plus attributes.
///
/// Styles are built fluently (`Style().foreground(.yellow).bold()`) and combined with
/// `patched(with:)`, which lays one style over another.
public struct Style: Hashable, Sendable {
    /// The text colour.
    public var foreground: Color
    /// The cell's background colour.
    public var background: Color
    /// Bold, dim, underline, reverse.
    public var attributes: TextAttributes

    /// A style; everything defaults to the terminal's own look.
    public init(foreground: Color = .default, background: Color = .default, attributes: TextAttributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with the text colour `color`.
    public func foreground(_ color: Color) -> Style { var s = self; s.foreground = color; return s }
    /// This style with the background colour `color`.
    public func background(_ color: Color) -> Style { var s = self; s.background = color; return s }
    /// This style with `attributes` added.
    public func adding(_ attributes: TextAttributes) -> Style {
        var s = self; s.attributes.formUnion(attributes); return s
    }
    /// This style in bold.
    public func bold() -> Style { adding(.bold) }
    /// This style dimmed.
    public func dim() -> Style { adding(.dim) }
    /// This style underlined.
    public func underline() -> Style { adding(.underline) }
    /// This style in reverse video.
    public func reversed() -> Style { adding(.reverse) }

    /// `overlay` laid over this style: its non-default colours replace these, and its attributes
    /// are added to these.
    public func patched(with overlay: Style) -> Style {
        Style(
            foreground: overlay.foreground == .default ? foreground : overlay.foreground,
            background: overlay.background == .default ? background : overlay.background,
            attributes: attributes.union(overlay.attributes)
        )
    }
}
