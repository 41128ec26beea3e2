import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Grid")
struct GridTests {
    @Test("Writing Chinese fills two cells per character and returns the columns used")
    func writeChinese() {
        var grid = Grid(width: 8, height: 1)
        let used = grid.write("图书馆", at: Position(x: 1, y: 0))
        #expect(used == 6)
        expectScreen(grid, [" 图书馆"])
        #expect(grid[1, 0].symbol == "图")
        #expect(grid[1, 0].width == 2)
        #expect(grid[2, 0].isCovered)
    }

    @Test("A wide character that does not fit at the right edge becomes a space")
    func wideAtEdge() {
        var grid = Grid(width: 5, height: 1)
        let used = grid.write("图书馆", at: .origin)
        #expect(used == 5)
        expectScreen(grid, ["图书 "])
    }

    @Test("maxWidth limits the write and pads a cut wide character")
    func maxWidth() {
        var grid = Grid(width: 10, height: 1)
        grid.write("xxxxxxxxxx", at: .origin)
        let used = grid.write("图书馆", at: Position(x: 2, y: 0), maxWidth: 3)
        #expect(used == 3)
        expectScreen(grid, ["xx图 xxxxx"])
    }

    @Test("Writing over either half of a wide character blanks the other half")
    func overwriteHalves() {
        var grid = Grid(width: 6, height: 1)
        grid.write("图书馆", at: .origin)
        grid.write("a", at: Position(x: 1, y: 0))  // trailing half of 图
        expectScreen(grid, [" a书馆"])
        grid.write("b", at: Position(x: 2, y: 0))  // leading half of 书
        expectScreen(grid, [" ab 馆"])
        grid.write("文", at: Position(x: 3, y: 0))  // straddles the blank and 馆's leading half
        expectScreen(grid, [" ab文 "])
    }

    @Test("A wide character written over two wide ones blanks both outer halves")
    func wideOverWide() {
        var grid = Grid(width: 6, height: 1)
        grid.write("图书馆", at: .origin)
        grid.write("中", at: Position(x: 1, y: 0))
        expectScreen(grid, [" 中 馆"])
    }

    @Test("Text is sanitised: escape sequences show as placeholders")
    func sanitised() {
        var grid = Grid(width: 12, height: 1)
        grid.write("a\u{1B}[2Jb\tc", at: .origin)
        expectScreen(grid, ["a␛[2Jb␉c"])
    }

    @Test("Combining marks join their base; zero-width characters take no cell")
    func combining() {
        var grid = Grid(width: 6, height: 1)
        let used = grid.write("e\u{301}x\u{200B}y", at: .origin)
        #expect(used == 3)
        #expect(grid[0, 0].symbol == "e\u{301}")
        expectScreen(grid, ["e\u{301}xy"])
    }

    @Test("Emoji sequences occupy one wide cell")
    func emoji() {
        var grid = Grid(width: 8, height: 1)
        grid.write("👨‍👩‍👧🇨🇳❤️", at: .origin)
        #expect(grid[0, 0].symbol == "👨‍👩‍👧")
        #expect(grid[2, 0].symbol == "🇨🇳")
        #expect(grid[4, 0].symbol == "❤️")
        expectScreen(grid, ["👨‍👩‍👧🇨🇳❤️"])
    }

    @Test("Writes outside the grid are clipped")
    func clipping() {
        var grid = Grid(width: 4, height: 2)
        #expect(grid.write("abc", at: Position(x: 0, y: 5)) == 0)
        #expect(grid.write("abc", at: Position(x: 9, y: 0)) == 0)
        grid.write("图书馆", at: Position(x: -1, y: 1))
        expectScreen(grid, ["", " 书 "])
    }

    @Test("Clearing a rect cuts cleanly through wide characters at its edges")
    func clearAcrossWide() {
        var grid = Grid(width: 8, height: 1)
        grid.write("图书馆合", at: .origin)
        grid.clear(Rect(x: 3, y: 0, width: 2, height: 1))
        expectScreen(grid, ["图    合"])
    }

    @Test("styleLines marks both halves of styled wide characters")
    func styleLines() {
        var grid = Grid(width: 6, height: 1)
        grid.write("图a", at: Position(x: 1, y: 0), style: Style().reversed())
        #expect(grid.styleLines { $0.attributes.contains(.reverse) } == [".###.."])
    }

    @Test("Grids of width 1 never hold half a wide character")
    func widthOne() {
        var grid = Grid(width: 1, height: 2)
        grid.write("图", at: .origin)
        grid.write("a", at: Position(x: 0, y: 1))
        expectScreen(grid, [" ", "a"])
    }

    @Test("Ambiguous characters take two cells when the terminal draws them wide")
    func ambiguousWide() {
        AmbiguousWidth.$current.withValue(.wide) {
            var grid = Grid(width: 6, height: 1)
            let used = grid.write("°C±", at: .origin)
            #expect(used == 5)
            #expect(grid[0, 0].width == 2)
        }
    }
}
