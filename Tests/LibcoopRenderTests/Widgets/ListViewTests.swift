import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("List view")
struct ListViewTests {
    let items: [ListItem] = ["市图书馆", "第3分馆 Branch", "📚 读书会", "Café e\u{301}", "海淀区图书馆（新馆）"]

    @Test("Selection is marked and highlighted")
    func selection() {
        var state = ListState(selected: 1)
        let grid = renderGrid(width: 16, height: 5) {
            $0.render(ListView(items: items), in: $0.area, state: &state)
        }
        expectScreen(grid, [
            "  市图书馆",
            "> 第3分馆 Branch",
            "  📚 读书会",
            "  Café e\u{301}",
            "  海淀区图书馆…",
        ])
        #expect(grid.styleLines { $0.attributes.contains(.reverse) }[1] == String(repeating: "#", count: 16))
    }

    @Test("Scrolls to keep the selection visible")
    func scrolling() {
        var state = ListState(selected: 4)
        let grid = renderGrid(width: 12, height: 2) {
            $0.render(ListView(items: items, highlightSymbol: ""), in: $0.area, state: &state)
        }
        #expect(state.offset == 3)
        expectScreen(grid, ["Café e\u{301}", "海淀区图书…"])
        state.selectFirst(count: items.count)
        let again = renderGrid(width: 12, height: 2) {
            $0.render(ListView(items: items, highlightSymbol: ""), in: $0.area, state: &state)
        }
        #expect(state.offset == 0)
        expectScreen(again, ["市图书馆", "第3分馆 Bra…"])
    }

    @Test("In a block", arguments: [1, 2, 3, 5, 8, 11, 20])
    func inBlock(width: Int) {
        var state = ListState(selected: 2)
        let grid = renderGrid(width: width, height: 4) {
            $0.render(ListView(items: items, block: Block(title: "分馆")), in: $0.area, state: &state)
        }
        checkGridInvariants(grid)
    }

    @Test("Exact snapshot in a block at width 11")
    func blockSnapshot() {
        var state = ListState(selected: 2)
        let grid = renderGrid(width: 11, height: 4) {
            $0.render(ListView(items: items, block: Block(title: "分馆")), in: $0.area, state: &state)
        }
        expectScreen(grid, [
            "┌ 分馆 ───┐",
            "│  第3分… │",
            "│> 📚 读… │",
            "└─────────┘",
        ])
    }

    @Test("Selection movement clamps to the item count")
    func movement() {
        var state = ListState()
        state.selectNext(count: 3)
        #expect(state.selected == 0)
        state.selectLast(count: 3)
        state.selectNext(count: 3)
        #expect(state.selected == 2)
        state.pageUp(count: 3, pageSize: 10)
        #expect(state.selected == 0)
        state.select(5, count: 0)
        #expect(state.selected == nil)
        #expect(ListState(offset: 4).index(forRow: 1, count: 10) == 5)
        #expect(ListState(offset: 4).index(forRow: 6, count: 10) == nil)
    }
}
