import LibcoopRender
import Testing
@testable import LibcoopBackend

@Suite("Cells handed to ncurses")
struct CellGlyphTests {
    /// A libc-like width function: ASCII and Latin 1, Han 2, combining and joiners 0, one emoji
    /// libc thinks narrow (❤ U+2764) and one it does not know (🫨 U+1FAE8).
    func libcWidth(_ scalar: UInt32) -> Int {
        switch scalar {
        case 0x300...0x36F, 0x200D, 0xFE0F: 0
        case 0x2764: 1
        case 0x1FAE8: -1
        case 0x4E00...0x9FFF, 0x30FB, 0x1F468, 0x1F469, 0x1F467: 2
        default: 1
        }
    }

    func glyph(_ text: String) -> CellGlyph {
        var grid = Grid(width: 4, height: 1)
        grid.write(text, at: .origin)
        return CellGlyph(cell: grid[0, 0], terminalWidth: libcWidth)
    }

    @Test("Agreeing widths pass through")
    func agreeing() {
        #expect(glyph("图") == CellGlyph(scalars: [0x56FE]))
        #expect(glyph("a") == CellGlyph(scalars: [0x61]))
    }

    @Test("Combining marks travel with their base")
    func combining() {
        #expect(glyph("e\u{301}\u{302}") == CellGlyph(scalars: [0x65, 0x301, 0x302]))
        let many = glyph("e" + String(repeating: "\u{301}", count: 8))
        #expect(many.scalars.count == 5)
    }

    @Test("A ZWJ sequence is cut at the first joiner")
    func zwj() {
        #expect(glyph("👨‍👩‍👧") == CellGlyph(scalars: [0x1F468]))
    }

    @Test("An emoji libc thinks narrow is padded so ncurses and the grid agree on columns")
    func narrowForLibc() {
        #expect(glyph("❤️") == CellGlyph(scalars: [0x2764, 0xFE0F], trailing: 0x20))
    }

    @Test("Flags, whose width terminals disagree on, are sent as their letters")
    func flags() {
        #expect(glyph("🇨🇳") == CellGlyph(scalars: [0x43], trailing: 0x4E))
        #expect(glyph("\u{1F1E8}") == CellGlyph(scalars: [0x43], trailing: 0x20))
    }

    @Test("A character libc does not know becomes U+FFFD")
    func unknownToLibc() {
        #expect(glyph("🫨") == CellGlyph(scalars: [0xFFFD], trailing: 0x20))
    }

    @Test("On a wide-ambiguous terminal the middle dot of a name is sent two columns wide; other ambiguous text is padded")
    func middleDotOnAWideTerminal() {
        AmbiguousWidth.$current.withValue(.wide) {
            var grid = Grid(width: 8, height: 1)
            grid.write("阿·买", at: .origin)
            #expect(grid[2, 0].width == 2)
            #expect(CellGlyph(cell: grid[2, 0], terminalWidth: libcWidth, ambiguousWide: true) == CellGlyph(scalars: [0x30FB]))
            #expect(CellGlyph(cell: grid[2, 0], terminalWidth: libcWidth) == CellGlyph(scalars: [0xB7], trailing: 0x20))
            grid.write("“", at: .origin)
            #expect(CellGlyph(cell: grid[0, 0], terminalWidth: libcWidth, ambiguousWide: true) == CellGlyph(scalars: [0x201C], trailing: 0x20))
        }
        var narrow = Grid(width: 4, height: 1)
        narrow.write("·", at: .origin)
        #expect(CellGlyph(cell: narrow[0, 0], terminalWidth: libcWidth, ambiguousWide: true) == CellGlyph(scalars: [0xB7]))
    }
}
