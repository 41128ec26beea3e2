import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Key hints, modal, scrollbar, too-small notice")
struct SmallWidgetsTests {
    let hints = [KeyHint("q", "退出"), KeyHint("/", "搜索"), KeyHint("Tab", "切换")]

    @Test("Key hints that do not fit are dropped whole")
    func keyHints() {
        let wide = renderGrid(width: 36, height: 1) { $0.render(KeyHintBar(hints: hints)) }
        expectScreen(wide, [" q  退出   /  搜索   Tab  切换"])
        let narrow = renderGrid(width: 20, height: 1) { $0.render(KeyHintBar(hints: hints)) }
        expectScreen(narrow, [" q  退出   /  搜索 …"])
        let tiny = renderGrid(width: 3, height: 1) { $0.render(KeyHintBar(hints: hints)) }
        expectScreen(tiny, ["…"])
    }

    @Test("The modal blanks its box cleanly over Chinese text")
    func modal() {
        let grid = renderGrid(width: 20, height: 7) { grid in
            for row in 0..<7 { grid.write("图书馆图书馆图书馆图书馆", at: Position(x: row % 2, y: row)) }
            grid.render(Modal(title: "确认", message: "确定退出吗？", preferredWidth: 13))
        }
        expectScreen(grid, [
            "图书馆图书馆图书馆图",
            " 图┌ 确认 ─────┐ 馆 ",
            "图 │ 确定退出  │馆图",
            " 图│ 吗？      │ 馆 ",
            "图 └───────────┘馆图",
            " 图书馆图书馆图书馆 ",
            "图书馆图书馆图书馆图",
        ])
    }

    @Test("Modal with hints")
    func modalHints() {
        let grid = renderGrid(width: 24, height: 6) {
            $0.render(Modal(title: "帮助", message: "按 q 退出", hints: [KeyHint("Esc", "关闭")], preferredWidth: 20))
        }
        expectScreen(grid, [
            "  ┌ 帮助 ────────────┐",
            "  │ 按 q 退出        │",
            "  │                  │",
            "  │  Esc  关闭       │",
            "  └──────────────────┘",
        ])
    }

    @Test("Scrollbar thumb size and position")
    func scrollbar() {
        let bar = Scrollbar(contentLength: 100, viewportLength: 10, position: 0)
        #expect(bar.thumb(trackLength: 10) == (0, 1))
        #expect(Scrollbar(contentLength: 100, viewportLength: 10, position: 90).thumb(trackLength: 10) == (9, 1))
        #expect(Scrollbar(contentLength: 20, viewportLength: 10, position: 5).thumb(trackLength: 10) == (3, 5))
        let grid = renderGrid(width: 2, height: 4) {
            $0.render(Scrollbar(contentLength: 8, viewportLength: 4, position: 4))
        }
        expectScreen(grid, [" │", " │", " █", " █"])
        let none = renderGrid(width: 1, height: 3) { $0.render(Scrollbar(contentLength: 3, viewportLength: 3, position: 0)) }
        expectScreen(none, ["", "", ""])
        let horizontal = renderGrid(width: 6, height: 1) {
            $0.render(Scrollbar(.horizontal, contentLength: 12, viewportLength: 6, position: 6))
        }
        expectScreen(horizontal, ["───███"])
    }

    @Test("Too-small notice adapts to the space", arguments: [(1, 1), (8, 1), (12, 2), (24, 3), (40, 10)])
    func tooSmall(size: (Int, Int)) {
        let grid = renderGrid(width: size.0, height: size.1) {
            $0.render(TerminalTooSmall(required: Size(width: 80, height: 24), actual: Size(width: size.0, height: size.1)))
        }
        checkGridInvariants(grid)
        if size.0 >= 8 { #expect(grid.description.contains("终端")) }
    }

    @Test("Too-small notice at 24×3")
    func tooSmallSnapshot() {
        let grid = renderGrid(width: 24, height: 3) {
            $0.render(TerminalTooSmall(required: Size(width: 80, height: 24), actual: Size(width: 24, height: 3)))
        }
        expectScreen(grid, ["      终端窗口太小", " 需要 80×24，当前 24×3", "   Terminal too small"])
    }
}
