import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Block")
struct BlockTests {
    @Test("Borders and a Chinese title")
    func titled() {
        let grid = renderGrid(width: 14, height: 3) { $0.render(Block(title: "图书馆")) }
        expectScreen(grid, [
            "┌ 图书馆 ────┐",
            "│            │",
            "└────────────┘",
        ])
    }

    @Test("A long title is cut with an ellipsis, never through a character")
    func longTitle() {
        let grid = renderGrid(width: 9, height: 3) { $0.render(Block(title: "市图书馆合作记录")) }
        expectScreen(grid, [
            "┌市图书…┐",
            "│       │",
            "└───────┘",
        ])
    }

    @Test("Title alignment and rounded borders")
    func alignment() {
        let grid = renderGrid(width: 12, height: 2) {
            $0.render(Block(title: "记录", titleAlignment: .trailing, borders: [.top, .bottom], borderType: .rounded))
        }
        expectScreen(grid, [
            "────── 记录 ",
            "────────────",
        ])
    }

    @Test("Inner area excludes borders and padding")
    func inner() {
        let block = Block(horizontalPadding: 1)
        #expect(block.inner(Rect(x: 0, y: 0, width: 10, height: 5)) == Rect(x: 2, y: 1, width: 6, height: 3))
        #expect(Block(borders: []).inner(Rect(x: 1, y: 1, width: 4, height: 4)) == Rect(x: 1, y: 1, width: 4, height: 4))
    }

    @Test("ASCII borders when ambiguous characters are wide")
    func asciiWhenAmbiguousWide() {
        AmbiguousWidth.$current.withValue(.wide) {
            let grid = renderGrid(width: 6, height: 3) { $0.render(Block(title: "馆")) }
            expectScreen(grid, [
                "+ 馆 +",
                "|    |",
                "+----+",
            ])
        }
    }

    @Test("Tiny areas draw without crashing", arguments: [(1, 1), (2, 1), (1, 3), (2, 2), (3, 3)])
    func tiny(size: (Int, Int)) {
        let grid = renderGrid(width: size.0, height: size.1) { $0.render(Block(title: "图书馆")) }
        checkGridInvariants(grid)
    }
}
