/// Which sides of a `Block` have a border.
public struct Borders: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let top = Borders(rawValue: 1 << 0)
    public static let bottom = Borders(rawValue: 1 << 1)
    public static let left = Borders(rawValue: 1 << 2)
    public static let right = Borders(rawValue: 1 << 3)
    /// All four sides.
    public static let all: Borders = [.top, .bottom, .left, .right]
}

/// The line drawing a `Block` uses for its border.
public enum BorderType: Hashable, Sendable {
    /// `┌─┐│└┘`
    case plain
    /// `╭─╮│╰╯`
    case rounded
    /// `╔═╗║╚╝`
    case double
    /// `┏━┓┃┗┛`
    case thick
    /// `+-+|++`, also used automatically when ambiguous-width characters are wide, because box
    /// drawing characters are East Asian Ambiguous and would then take two columns each.
    case ascii

    /// The symbols for this border type: corners top-left, top-right, bottom-left, bottom-right,
    /// then horizontal and vertical.
    var symbols: (topLeft: String, topRight: String, bottomLeft: String, bottomRight: String,
                  horizontal: String, vertical: String) {
        switch self {
        case .plain: ("┌", "┐", "└", "┘", "─", "│")
        case .rounded: ("╭", "╮", "╰", "╯", "─", "│")
        case .double: ("╔", "╗", "╚", "╝", "═", "║")
        case .thick: ("┏", "┓", "┗", "┛", "━", "┃")
        case .ascii: ("+", "+", "+", "+", "-", "|")
        }
    }

    /// This type, or `.ascii` when the terminal draws ambiguous-width characters wide.
    var resolvedForTerminal: BorderType {
        AmbiguousWidth.current == .wide ? .ascii : self
    }
}
