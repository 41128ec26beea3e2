import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Tabs")
struct TabsTests {
    let titles: [Line] = ["馆藏", "合作项目", "Staff 人员", "空间"]

    @Test("All tabs fit")
    func fits() {
        let grid = renderGrid(width: 40, height: 1) { $0.render(Tabs(titles: titles, selected: 1)) }
        expectScreen(grid, [" 馆藏 | 合作项目 | Staff 人员 | 空间 "])
        #expect(grid.styleLines { $0.attributes.contains(.reverse) }[0]
                == ".......##########.......................")
    }

    @Test("Scrolls so the selected tab is visible")
    func scrolls() {
        let grid = renderGrid(width: 16, height: 1) { $0.render(Tabs(titles: titles, selected: 3)) }
        expectScreen(grid, ["‹ 空间"])
        let middle = renderGrid(width: 16, height: 1) { $0.render(Tabs(titles: titles, selected: 2)) }
        expectScreen(middle, ["‹ Staff 人员 | ›"])
        let first = renderGrid(width: 16, height: 1) { $0.render(Tabs(titles: titles, selected: 0)) }
        expectScreen(first, [" 馆藏 | 合作项…›"])
    }

    @Test("Tab ranges map clicks to tabs")
    func ranges() {
        let ranges = Tabs(titles: titles, selected: 0).tabRanges(width: 40)
        #expect(ranges.map(\.index) == [0, 1, 2, 3])
        #expect(ranges[1].columns == 7..<17)
    }

    @Test("Any width", arguments: Array(1...20))
    func anyWidth(width: Int) {
        for selected in 0..<titles.count {
            let grid = renderGrid(width: width, height: 1) { $0.render(Tabs(titles: titles, selected: selected)) }
            checkGridInvariants(grid)
        }
    }
}
