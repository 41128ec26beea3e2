/// A terminal colour: the terminal's default, one of the eight named ANSI colours, or an entry of
/// the 256-colour palette. The backend lowers 256-colour entries to the nearest named colour on
/// 8-colour terminals and drops colour on monochrome ones.
public enum Color: Hashable, Sendable {
    /// The terminal's own foreground or background colour.
    case `default`
    case black, red, green, yellow, blue, magenta, cyan, white
    /// An entry of the xterm 256-colour palette (0–15 system colours, 16–231 a 6×6×6 cube,
    /// 232–255 greys).
    case indexed(UInt8)

    /// The ANSI number of a named colour (black 0 … white 7); nil for `default` and `indexed`.
    public var ansiNumber: Int? {
        switch self {
        case .black: 0
        case .red: 1
        case .green: 2
        case .yellow: 3
        case .blue: 4
        case .magenta: 5
        case .cyan: 6
        case .white: 7
        case .default, .indexed: nil
        }
    }

    /// The named colour with ANSI number `number` (0–7).
    public static func ansi(_ number: Int) -> Color {
        [.black, .red, .green, .yellow, .blue, .magenta, .cyan, .white][number & 7]
    }
}
