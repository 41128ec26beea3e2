/// One terminal cell of a `Grid`: a grapheme cluster and its style.
///
/// A wide character (CJK, emoji) lives in two cells: the first holds the symbol and has
/// `width == 2`; the second is *covered* (`width == 0`, empty symbol) and is never drawn on its
/// own. The grid keeps the pair together, so half a character can never reach the terminal.
public struct Cell: Hashable, Sendable {
    /// The grapheme cluster shown in this cell: `" "` when blank, `""` when covered.
    public internal(set) var symbol: String
    /// The cell's style.
    public var style: Style
    /// Columns the symbol occupies: 1, 2 for the leading half of a wide character, 0 when covered.
    public internal(set) var width: Int

    /// A cell holding `symbol` (one grapheme cluster of display width 1 or 2).
    init(symbol: String, width: Int, style: Style) {
        self.symbol = symbol
        self.width = width
        self.style = style
    }

    /// A blank cell in `style`.
    public static func blank(_ style: Style = .plain) -> Cell {
        Cell(symbol: " ", width: 1, style: style)
    }

    /// The trailing half of a wide character.
    static func covered(_ style: Style) -> Cell {
        Cell(symbol: "", width: 0, style: style)
    }

    /// Whether this is the trailing half of a wide character.
    public var isCovered: Bool { width == 0 }
}
