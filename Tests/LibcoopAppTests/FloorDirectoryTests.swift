import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// The Floors tab as a lobby directory board (issue 13) and Enter on a space (issue 14): every
/// floor's spaces at once, the cross-section choosing a floor, the directory scrolling with every
/// key and saying what is out of view, and the space overlay with its whole note.
@Suite struct FloorDirectoryTests {
    /// Start, Yuhuatai, Floors tab.
    private func yuhuataiFloors(width: Int = 120, height: Int = 40, language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"), .char("2"))
        return state
    }

    private func text(_ state: BrowserState) -> String { screen(state).joined(separator: "\n") }

    // MARK: The whole board

    @Test func at100x30TheTopFloorAndThirdFloorShowTogether() {
        let state = yuhuataiFloors(width: 100, height: 30)
        let lines = screen(state)
        #expect(lines.contains { $0.contains("红色书房") }, "6F's 红色书房 missing:\n\(text(state))")
        #expect(lines.contains { $0.contains("视障阅览室") }, "3F's 视障阅览室 missing:\n\(text(state))")
    }

    @Test func everyFloorsSpacesAreGroupedTopFloorFirstWithTheUnknownFloorLast() throws {
        let lines = screen(yuhuataiFloors())
        let headings = ["6F · 3 个空间", "5F · 3 个空间 · 1 个建设中", "4F · 1 个空间", "3F · 5 个空间", "2F · 1 个空间", "楼层不详 · 2 个空间"]
        let rows = try headings.map { heading in try #require(lines.firstIndex { $0.contains(heading) }, "no heading \(heading)") }
        #expect(rows == rows.sorted(), "headings out of order: \(rows)")
        let spaces = ["红色书房", "百姓书房", "综合借阅空间", "视障阅览室", "读者服务大厅", "培训室"]
        for (index, space) in spaces.enumerated() {
            let row = try #require(lines.firstIndex { $0.contains(space) }, "\(space) missing")
            #expect(row > rows[index] && (index + 1 == rows.count || row < rows[index + 1]), "\(space) is not under \(headings[index])")
        }
    }

    @Test(arguments: Language.allCases)
    func aSpaceUnderConstructionIsMarkedInWords(_ language: Language) {
        let lines = screen(yuhuataiFloors(language: language))
        let status = language == .chinese ? "建设中" : "UNDER CONSTRUCTION"
        let heading = language == .chinese ? "5F · 3 个空间 · 1 个建设中" : "5F · 3 spaces · 1 under construction"
        let name = language == .chinese ? "百姓书房" : "Citizens' Study"
        #expect(lines.contains { $0.contains(heading) }, "\(lines.joined(separator: "\n"))")
        #expect(lines.contains { $0.contains(name) && $0.contains(status) }, "\(lines.joined(separator: "\n"))")
    }

    @Test func theCrossSectionHighlightsAndScrollsToTheSelectedFloorsGroup() throws {
        // 80×24: the board is taller than the pane, so choosing the last floor scrolls.
        var state = yuhuataiFloors(width: 80, height: 24)
        #expect(screen(state).contains { $0.contains("红色书房") })
        send(&state, .char("G"))
        #expect(BrowserView.breadcrumbs(state).last == "楼层不详")
        let grid = Browser.view(state)
        let lines = grid.textLines()
        let heading = try #require(lines.firstIndex { $0.contains("楼层不详 · 2 个空间") }, "the group is not in view:\n\(text(state))")
        #expect(lines.contains { $0.contains("培训室") })
        #expect(!lines.contains { $0.contains("红色书房") }, "the board did not scroll:\n\(text(state))")
        let start = try #require(position(of: "楼层不详 · 2", in: state))
        let marks = Array(grid.styleLines { $0.attributes.contains(.reverse) }[heading])
        #expect(marks[start.x] == "#", "the group's heading is not highlighted:\n\(text(state))")
        // Above the board's rows, the line saying what is out of view.
        #expect(lines.contains { $0.contains("上面还有") && $0.contains("个空间") }, "nothing says spaces are out of view:\n\(text(state))")
        send(&state, .char("g"))
        #expect(screen(state).contains { $0.contains("红色书房") })
        #expect(screen(state).contains { $0.contains("下面还有") })
    }

    // MARK: Moving in the directory

    @Test func movingInTheDirectoryCrossesFloorsAndTheCrossSectionFollows() {
        var state = yuhuataiFloors()
        send(&state, .key(.enter))
        #expect(state.floors.inDirectory)
        #expect(selectedRoomName(state) == "红色书房")
        send(&state, .char("j"), .char("j"), .char("j"))
        #expect(selectedRoomName(state) == "报刊阅览")
        #expect(BrowserView.breadcrumbs(state).last == "5F")
        send(&state, .key(.end))
        #expect(selectedRoomName(state) == "培训室")
        #expect(BrowserView.breadcrumbs(state).last == "楼层不详")
        send(&state, .key(.home))
        #expect(selectedRoomName(state) == "红色书房")
        send(&state, .char("G"))
        #expect(selectedRoomName(state) == "培训室")
        send(&state, .char("g"))
        #expect(selectedRoomName(state) == "红色书房")
        // Esc hands the keys back to the cross-section on the space's floor.
        send(&state, .key(.pageDown), .key(.escape))
        #expect(!state.floors.inDirectory)
        #expect(state.floors.floors.selected == state.records.bands.firstIndex { $0.spaces.contains { $0.name == selectedRoomName(state) } })
    }

    @Test func everyScrollingKeyScrollsAShortDirectory() {
        var state = yuhuataiFloors(width: 80, height: 24)
        send(&state, .key(.enter))
        let top = screen(state)
        send(&state, .key(.pageDown))
        #expect(state.floors.scroll > 0, "PgDn did not scroll")
        send(&state, .key(.pageUp))
        #expect(state.floors.scroll == 0, "PgUp did not scroll back")
        #expect(screen(state) == top)
        send(&state, .key(.end))
        #expect(state.floors.scroll > 0, "End did not scroll")
        send(&state, .key(.home))
        #expect(state.floors.scroll == 0, "Home did not scroll back")
        send(&state, .char("G"))
        #expect(state.floors.scroll > 0, "G did not scroll")
        send(&state, .char("g"))
        #expect(state.floors.scroll == 0, "g did not scroll back")
        for _ in 0..<20 { send(&state, .char("j")) }
        #expect(state.floors.scroll > 0, "j did not scroll")
        for _ in 0..<20 { send(&state, .char("k")) }
        #expect(state.floors.scroll == 0, "k did not scroll back")
    }

    @Test func theWheelOverTheDirectoryScrollsIt() throws {
        var state = yuhuataiFloors(width: 80, height: 24)
        let room = try #require(position(of: "红色书房", in: state))
        for _ in 0..<8 { send(&state, .wheelDown(x: room.x, y: room.y)) }
        #expect(state.floors.inDirectory)
        #expect(state.floors.scroll > 0, "the wheel did not scroll the directory")
        #expect(screen(state).contains { $0.contains("培训室") })
        for _ in 0..<8 { send(&state, .wheelUp(x: room.x, y: room.y)) }
        #expect(state.floors.scroll == 0)
    }

    @Test func clickingASpaceSelectsIt() throws {
        var state = yuhuataiFloors()
        let room = try #require(position(of: "视障阅览室", in: state))
        send(&state, .click(x: room.x, y: room.y))
        #expect(state.floors.inDirectory)
        #expect(selectedRoomName(state) == "视障阅览室")
        #expect(BrowserView.breadcrumbs(state).last == "3F")
    }

    @Test func clickingAFloorInTheCrossSectionJumpsToItsGroup() throws {
        var state = yuhuataiFloors(width: 80, height: 24)
        send(&state, .key(.enter), .char("j"))
        let band = try #require(position(of: "▕—", in: state))
        send(&state, .click(x: band.x + 1, y: band.y))
        #expect(!state.floors.inDirectory)
        #expect(BrowserView.breadcrumbs(state).last == "楼层不详")
        #expect(screen(state).contains { $0.contains("培训室") }, "the group clicked is not in view:\n\(text(state))")
    }

    @Test func theDirectoryNeverCutsSilentlyAtAnySize() {
        for (width, height) in [(80, 24), (60, 20), (100, 30), (120, 40), (80, 12)] {
            var state = startBrowser(width: width, height: height)
            send(&state, .char("j"), .char("2"))
            let lines = screen(state)
            let names = state.records.bands.flatMap(\.spaces).map(\.name)
            let shown = names.filter { name in lines.contains { $0.contains(name) } }.count
            if shown < names.count {
                #expect(lines.contains { $0.contains("下面还有 \(names.count - shown) 个空间") },
                        "\(width)×\(height): \(names.count - shown) spaces out of view without a word:\n\(lines.joined(separator: "\n"))")
            }
        }
    }

    // MARK: Footer

    @Test func theFooterOffersEnterOnlyWhereItDoesSomething() {
        var jinling = startBrowser()
        send(&jinling, .char("2"))
        #expect(!footer(jinling).contains("Enter"), "Jinling has no floors, yet the footer offers Enter: \(footer(jinling))")
        #expect(!footer(jinling).contains("↑↓"), "Jinling has no floors, yet the footer offers moving: \(footer(jinling))")
        #expect(footer(jinling).contains("Esc"), "\(footer(jinling))")
        var state = yuhuataiFloors()
        #expect(footer(state).contains("Enter  进入楼层"), "\(footer(state))")
        send(&state, .key(.enter))
        #expect(footer(state).contains("Enter  打开空间"), "\(footer(state))")
        var english = yuhuataiFloors(language: .english)
        send(&english, .key(.enter))
        #expect(footer(english).contains("Enter  open space"), "\(footer(english))")
    }

    // MARK: The space overlay

    @Test func enterOnASpaceOpensItWithItsWholeNoteAndItsEvents() throws {
        var state = yuhuataiFloors(width: 120, height: 40)
        send(&state, .key(.enter), .char("G"), .char("k"))
        #expect(selectedRoomName(state) == "会议室")
        send(&state, .key(.enter))
        guard case .room(let detail) = state.overlay else {
            Issue.record("Enter on 会议室 opened no space overlay")
            return
        }
        #expect(detail.space.id == "yht-meeting-room")
        let shown = screen(state).joined()
        let note = try #require(detail.space.notes)
        // The whole note, however it wraps.
        let compact = { (text: String) in text.filter { !$0.isWhitespace && $0 != "│" } }
        #expect(compact(shown).contains(compact(note)), "the note is cut:\n\(text(state))")
        #expect(shown.contains("Meeting Room") && shown.contains("会议室"), "the name in both languages")
        #expect(shown.contains("楼层不详"))
        #expect(detail.links == [RecordReference(kind: .event, id: "visit-2022-05-30-talks")])
        #expect(footer(state).contains("Enter"), "\(footer(state))")
        // Enter follows the event to the Linkage tab.
        send(&state, .key(.enter))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        #expect(state.linkage.list.selected.map { LinkageTab.entries(state)[$0].id } == "visit-2022-05-30-talks")
    }

    @Test(arguments: Language.allCases)
    func theSpaceOverlayReadsInBothLanguages(_ language: Language) {
        var state = yuhuataiFloors(width: 100, height: 30, language: language)
        send(&state, .key(.enter), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .key(.enter))
        let shown = text(state)
        #expect(shown.contains("百姓书房"), "\(shown)")
        let expected = language == .chinese ? ["楼层", "5F", "建设中", "状态"] : ["Floor", "5F", "UNDER CONSTRUCTION", "Status"]
        for word in expected { #expect(shown.contains(word), "\(word) missing:\n\(shown)") }
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(selectedRoomName(state) == "百姓书房")
    }
}
