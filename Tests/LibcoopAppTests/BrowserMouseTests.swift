import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Clicks and the wheel, aimed at what the rendered screen shows (positions are found in the
/// grid, not taken from the layout code).
@Suite struct BrowserMouseTests {
    @Test(arguments: [(80, 24), (120, 40)])
    func clickingATabSwitchesToIt(width: Int, height: Int) throws {
        var state = startBrowser(width: width, height: height)
        let titles: [(String, Tab)] = [("3 人员", .staff), ("2 楼层", .floors), ("5 联动", .linkage), ("4 项目", .programs), ("1 概况", .overview)]
        for (title, tab) in titles {
            // The tab bar is the row just below the header.
            let start = try #require(position(of: title, in: state, rows: 1..<2), "\(title) not on the tab row")
            for dx in [0, title.displayWidth - 1] {
                send(&state, .click(x: start.x + dx, y: start.y))
                #expect(state.tab == tab, "click at column \(start.x + dx) on \(title)")
                #expect(state.focus == .content)
                send(&state, .key(.tab))  // back to the tree, so the next click has something to change
            }
        }
    }

    @Test func clickingATabInTheNarrowLayoutSwitchesToIt() throws {
        var state = startBrowser(width: 60, height: 20)
        send(&state, .key(.enter))
        let start = try #require(position(of: "5 联动", in: state, rows: 1..<2))
        send(&state, .click(x: start.x + 1, y: start.y))
        #expect(state.tab == .linkage)
        #expect(state.narrowShowsContent)
    }

    @Test func clickingALibraryInTheTreeSelectsIt() throws {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("3"))
        let row = try #require(position(of: "雨花台区图书馆", in: state, rows: 2..<23))
        send(&state, .click(x: row.x, y: row.y))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.focus == .libraries)
        #expect(state.tab == .staff)
        let first = try #require(position(of: "金陵图书馆", in: state, rows: 2..<23))
        send(&state, .click(x: first.x + 2, y: first.y))
        #expect(selectedLibraryID(state) == "jinling")
    }

    @Test func theWheelInTheTreeMovesTheSelection() throws {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("2"))  // content focused, on Floors
        let tree = try #require(position(of: "金陵图书馆", in: state, rows: 2..<23))
        // Anywhere over the tree, even below its rows.
        send(&state, .wheelDown(x: tree.x + 1, y: 10))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.focus == .libraries)
        #expect(state.tab == .floors)
        #expect(state.floors.floors.selected == 0)
        send(&state, .wheelDown(x: tree.x + 1, y: 10))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .wheelUp(x: tree.x + 1, y: tree.y))
        #expect(selectedLibraryID(state) == "jinling")
    }

    @Test func theWheelOverTheContentMovesItsSelection() throws {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("j"), .char("2"), .key(.tab))
        let band = try #require(position(of: "▕4F", in: state))
        send(&state, .wheelDown(x: band.x + 2, y: band.y))
        #expect(state.focus == .content)
        #expect(state.floors.floors.selected == 3)
        send(&state, .wheelUp(x: band.x + 2, y: band.y))
        #expect(state.floors.floors.selected == 0)
    }

    @Test func clickingAPersonSelectsThem() throws {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("j"), .char("3"))
        let row = try #require(position(of: "钱桦", in: state))
        send(&state, .click(x: row.x, y: row.y))
        #expect(selectedStaffID(state) == "qianhua")
    }

    @Test func aClickClosesTheHelp() {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("?"))
        #expect(isHelpOpen(state))
        send(&state, .click(x: 40, y: 12))
        #expect(state.overlay == nil)
    }
}
