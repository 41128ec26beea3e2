import LibcoopRender

/// What the backend sends for one grid cell, reconciled with what ncurses (libc `wcwidth`)
/// believes about widths, so ncurses's idea of the cursor position never drifts from the grid's.
///
/// ncurses stores a cell as one spacing character plus up to four zero-width ones, and measures
/// with libc's `wcwidth`, which can disagree with the grid's Unicode-table measure (an emoji with
/// U+FE0F is 2 in the grid and 1 for libc; an emoji newer than libc's tables is unknown to it).
/// The rules:
/// - send the base scalar and the zero-width scalars that follow it (ZWJ sequences are cut at the
///   first joiner: ncurses cannot hold the rest, so the first emoji stands for the sequence);
/// - a base libc thinks narrower than the grid does: send it and pad the next cell with a space;
/// - regional indicators (flags such as 🇨🇳): terminals disagree about their width (libc says 1
///   each, tmux 2 each, others 2 for the pair), so they are sent as their ASCII letters, `CN`;
/// - a base libc cannot print or thinks wider than the grid does: send U+FFFD instead (padded);
/// - on a terminal that draws ambiguous characters two wide (the grid then holds them in two
///   cells), the middle dot of transliterated names (`·` U+00B7, `‧` U+2027) is sent as `・`
///   (U+30FB), which libc, ncurses and the terminal all measure two wide. Other ambiguous
///   characters in data text are sent padded: that terminal draws the pad one column late, so the
///   rest of that one line may shift until ncurses next moves the cursor.
struct CellGlyph: Hashable, Sendable {
    /// The scalars for `setcchar`: one spacing scalar, then zero-width ones.
    var scalars: [UInt32]
    /// What to write into the cell after this one when the grid's cell is wide but the glyph is
    /// narrow for ncurses: a space, or the second letter of a flag; nil otherwise.
    var trailing: UInt32?

    /// The replacement for symbols the terminal cannot show at the grid's width.
    static let replacement: UInt32 = 0xFFFD

    /// A glyph of the given scalars.
    init(scalars: [UInt32], trailing: UInt32? = nil) {
        self.scalars = scalars
        self.trailing = trailing
    }

    private static func isRegionalIndicator(_ scalar: UInt32) -> Bool {
        scalar >= 0x1F1E6 && scalar <= 0x1F1FF
    }

    /// The two-column middle dot sent for `·` and `‧` when ambiguous characters are wide.
    static let wideMiddleDot: UInt32 = 0x30FB

    /// The glyph for `cell` (not covered), measuring scalars with `terminalWidth` (libc `wcwidth`);
    /// `ambiguousWide` when the terminal draws ambiguous characters two columns wide.
    init(cell: Cell, terminalWidth: (UInt32) -> Int, ambiguousWide: Bool = false) {
        let scalars = Array(cell.symbol.unicodeScalars.map(\.value))
        let pad: UInt32? = cell.width == 2 ? 0x20 : nil
        guard let base = scalars.first else {
            self.init(scalars: [0x20], trailing: pad)
            return
        }
        if CellGlyph.isRegionalIndicator(base) {
            let letters = scalars.filter(CellGlyph.isRegionalIndicator).map { $0 - 0x1F1E6 + 0x41 }
            self.init(scalars: [letters[0]], trailing: cell.width == 2 ? (letters.count > 1 ? letters[1] : 0x20) : nil)
            return
        }
        if ambiguousWide, cell.width == 2, base == 0xB7 || base == 0x2027,
           terminalWidth(CellGlyph.wideMiddleDot) == 2 {
            self.init(scalars: [CellGlyph.wideMiddleDot])
            return
        }
        let baseWidth = terminalWidth(base)
        if baseWidth <= 0 || baseWidth > cell.width {
            self.init(scalars: [CellGlyph.replacement], trailing: pad)
            return
        }
        var glyph = [base]
        for scalar in scalars.dropFirst() {
            if glyph.count == 5 || scalar == 0x200D || terminalWidth(scalar) != 0 { break }
            glyph.append(scalar)
        }
        self.init(scalars: glyph, trailing: cell.width == 2 && baseWidth == 1 ? 0x20 : nil)
    }
}
