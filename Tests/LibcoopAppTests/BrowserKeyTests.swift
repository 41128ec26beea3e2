import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Key sequences a user would type, checked by what they would notice: which library, tab, row
/// and overlay they end up on, and what `update` asks the runtime to do.
@Suite struct BrowserKeyTests {
    // MARK: Start, tabs and focus

    @Test func startsOnTheFirstLibraryWithTheTreeFocused() {
        let state = startBrowser()
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .overview)
        #expect(state.focus == .libraries)
        #expect(state.overlay == nil)
        #expect(state.data.tree.rows.map { state.data.dataset.libraries[$0.library].id } == ["jinling", "yuhuatai"])
        #expect(state.data.tree.rows.map(\.depth) == [0, 1])
    }

    @Test func digitKeysOneToFiveChooseTheTabAndFocusIt() {
        var state = startBrowser()
        let expected: [(Character, Tab)] = [("2", .floors), ("3", .staff), ("4", .programs), ("5", .linkage), ("1", .overview)]
        for (digit, tab) in expected {
            send(&state, .char(digit))
            #expect(state.tab == tab, "key \(digit)")
            #expect(state.focus == .content, "key \(digit)")
            #expect(state.overlay == nil)
        }
        // Other digits do nothing.
        send(&state, .char("3"), .key(.escape))
        send(&state, .char("6"), .char("0"))
        #expect(state.tab == .staff)
        #expect(state.focus == .libraries)
    }

    @Test func tabAndShiftTabSwitchFocusBetweenTreeAndContent() {
        var state = startBrowser()
        send(&state, .key(.tab))
        #expect(state.focus == .content)
        send(&state, .key(.tab))
        #expect(state.focus == .libraries)
        send(&state, .key(.backTab))
        #expect(state.focus == .content)
        send(&state, .key(.backTab))
        #expect(state.focus == .libraries)
    }

    @Test func hAndLAndArrowsMoveFocusBetweenPanes() {
        var state = startBrowser()
        send(&state, .char("l"))
        #expect(state.focus == .content)
        send(&state, .char("h"))
        #expect(state.focus == .libraries)
        send(&state, .key(.right))
        #expect(state.focus == .content)
        send(&state, .key(.left))
        #expect(state.focus == .libraries)
        // h in the tree stays there; Enter on the tree opens the content.
        send(&state, .char("h"))
        #expect(state.focus == .libraries)
        send(&state, .key(.enter))
        #expect(state.focus == .content)
        #expect(selectedLibraryID(state) == "jinling")
    }

    // MARK: Library tree

    @Test func jkAndArrowsInTheTreeChangeTheLibrary() {
        var state = startBrowser()
        send(&state, .char("j"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .char("j"))  // the last library stays selected
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .char("k"))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .key(.down))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .key(.up))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .char("G"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .char("g"))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .key(.end))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .key(.home))
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.focus == .libraries)
    }

    @Test func changingLibraryResetsEveryTabToItsTop() {
        var state = startBrowser(width: 80, height: 14)
        // On Yuhuatai: 3F's second space, the second person, the last program, a year filter.
        send(&state, .char("j"), .char("2"), .char("j"), .char("j"), .char("j"), .key(.enter), .char("j"))
        send(&state, .char("3"), .char("j"), .char("4"), .char("G"), .char("5"), .char("y"), .char("1"), .char("j"))
        #expect(state.floors.floors.selected == 3)
        #expect(selectedRoomName(state) == "视障阅览室")
        #expect(state.floors.inDirectory)
        #expect(state.staff.table.selected == 1)
        #expect(state.programs.list.selected == 8)
        #expect(state.linkage.year != nil)
        #expect(state.overview.scroll == 1)
        // Back to the tree, up to Jinling and down again.
        send(&state, .key(.tab), .char("k"))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .char("j"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.floors.floors.selected == 0)
        #expect(state.floors.rooms.selected == 0)
        #expect(state.floors.scroll == 0)
        #expect(!state.floors.inDirectory)
        #expect(state.staff.table.selected == 0)
        #expect(state.programs.list.selected == 0)
        #expect(state.linkage.year == nil)
        #expect(state.linkage.list.selected == 0)
        #expect(state.overview.scroll == 0)
    }

    // MARK: Floors

    @Test func floorsRunTopFloorFirst() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"))
        #expect(state.records.bands.map { $0.floorLabel ?? "?" } == ["6F", "5F", "4F", "3F", "2F", "?"])
        #expect(state.floors.floors.selected == 0)
        #expect(selectedBandSpaceNames(state) == ["红色书房", "地方名人室", "特色馆藏室"])
        #expect(BrowserView.breadcrumbs(state).last == "6F")
    }

    @Test func enterGoesIntoTheDirectoryAtTheFloorAndEscComesBack() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .char("j"), .char("j"), .char("j"))
        #expect(BrowserView.breadcrumbs(state).last == "3F")
        #expect(selectedBandSpaceNames(state).contains("视障阅览室"))
        send(&state, .key(.enter))
        #expect(state.floors.inDirectory)
        #expect(selectedRoomName(state) == "少儿阅读")
        // Movement keys now move among the spaces, not the floors.
        send(&state, .char("j"))
        #expect(state.floors.floors.selected == 3)
        #expect(selectedRoomName(state) == "视障阅览室")
        send(&state, .key(.escape))
        #expect(!state.floors.inDirectory)
        #expect(state.focus == .content)
        #expect(state.tab == .floors)
        #expect(state.floors.floors.selected == 3)
        // Keys move floors again.
        send(&state, .char("k"))
        #expect(BrowserView.breadcrumbs(state).last == "4F")
        #expect(selectedRoomName(state) == "综合借阅空间")
        // A second Esc goes up to the tree.
        send(&state, .key(.escape))
        #expect(state.focus == .libraries)
    }

    @Test func lAndHGoIntoAndOutOfAFloor() {
        var state = startBrowser()
        send(&state, .char("j"), .char("l"))
        #expect(state.focus == .content)
        send(&state, .char("2"), .char("l"))
        #expect(state.floors.inDirectory)
        send(&state, .char("h"))
        #expect(!state.floors.inDirectory)
        #expect(state.focus == .content)
        send(&state, .char("h"))
        #expect(state.focus == .libraries)
    }

    @Test func theBandWithoutAFloorListsTheMeetingAndTrainingRooms() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .char("G"))
        #expect(state.floors.floors.selected == 5)
        #expect(selectedBandSpaceNames(state) == ["会议室", "培训室"])
        #expect(BrowserView.breadcrumbs(state).last == "楼层不详")
        let text = screen(state).joined(separator: "\n")
        #expect(text.contains("会议室"))
        #expect(text.contains("培训室"))
        #expect(text.contains("楼层不详"))
    }

    // MARK: Staff and the person overlay

    @Test func enterOnStaffOpensThePersonAndEscClosesIt() {
        var state = startBrowser()
        send(&state, .char("j"), .char("3"))
        #expect(selectedStaffID(state) == "zhangqingwen")
        send(&state, .char("j"))
        #expect(selectedStaffID(state) == "qianhua")
        send(&state, .key(.enter))
        #expect(personOverlayID(state) == "qianhua")
        #expect(screen(state).joined().contains("qianhua"))
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(state.tab == .staff)
        #expect(state.focus == .content)
        #expect(selectedStaffID(state) == "qianhua")
    }

    @Test func aPersonsEventLinkLeadsToTheLinkageTab() throws {
        var state = startBrowser()
        send(&state, .char("j"), .char("3"), .key(.enter), .char("j"), .key(.enter))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        let entries = LinkageTab.entries(state)
        let row = try #require(state.linkage.list.selected)
        #expect(entries[row].id == "visit-2022-05-30")
        // Backspace returns to the person's row on the Staff tab.
        send(&state, .key(.backspace))
        #expect(state.tab == .staff)
        #expect(selectedStaffID(state) == "zhangqingwen")
    }

    // MARK: Staff search

    @Test func staffSearchByPinyinLandsOnThePerson() {
        var state = startBrowser()
        send(&state, .char("/"))
        guard case .staffSearch = state.overlay else {
            Issue.record("/ did not open the staff search")
            return
        }
        type(&state, "zhangqingwen")
        send(&state, .key(.enter))
        #expect(state.overlay == nil)
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(state.focus == .content)
        #expect(selectedStaffID(state) == "zhangqingwen")
        #expect(state.data.dataset.staff.first { $0.id == selectedStaffID(state) }?.name == "张庆文")
    }

    @Test func staffSearchByInitialsFindsJiaoXiang() {
        var state = startBrowser()
        send(&state, .char("j"), .char("/"))
        type(&state, "jx")
        if case .staffSearch(let search) = state.overlay {
            #expect(search.matches.first?.member.name == "焦翔")
        } else {
            Issue.record("the staff search is not open")
        }
        send(&state, .key(.enter))
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .staff)
        #expect(selectedStaffID(state) == "jiaoxiang")
    }

    @Test func staffSearchInTraditionalCharactersFindsTheSimplifiedName() {
        var state = startBrowser()
        send(&state, .char("/"))
        type(&state, "張慶文")
        send(&state, .key(.enter))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(selectedStaffID(state) == "zhangqingwen")
    }

    @Test func staffSearchEscClosesWithoutMoving() {
        var state = startBrowser()
        send(&state, .char("/"))
        type(&state, "zhang")
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .overview)
        #expect(state.history.back.isEmpty)
        // Keys typed into the search never acted on the browser (q, j, L …).
        send(&state, .char("/"))
        type(&state, "qjL?")
        if case .staffSearch(let search) = state.overlay {
            #expect(search.input.text == "qjL?")
        } else {
            Issue.record("typing into the search closed it")
        }
        #expect(state.language == .chinese)
    }

    @Test func staffSearchForSomeoneOutsideALibraryStillShowsThem() {
        // 倪恒威 belongs to the district's bureau of culture and tourism, not to a library, so he
        // has no Staff tab to land on; Enter must still show him (his detail), not close silently.
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("/"))
        type(&state, "nihengwei")
        if case .staffSearch(let search) = state.overlay {
            #expect(search.matches.map(\.member.id) == ["nihengwei"])
        }
        send(&state, .key(.enter))
        let text = screen(state).joined(separator: "\n")
        #expect(text.contains("倪恒威"), "Enter on 倪恒威 in the staff search showed nothing of him:\n\(text)")
    }

    @Test func theEntryOverlayLeadsToAPersonOutsideALibrary() {
        var state = startBrowser(width: 80, height: 24)
        send(&state, .char("j"), .char("5"))
        let talks = LinkageTab.entries(state).firstIndex { $0.id == "visit-2022-05-30-talks" }
        #expect(talks == 6)
        for _ in 0..<(talks ?? 0) { send(&state, .char("j")) }
        send(&state, .key(.enter))
        guard case .entry(let detail) = state.overlay else {
            Issue.record("Enter on the talks opened no entry")
            return
        }
        #expect(detail.entry.id == "visit-2022-05-30-talks")
        send(&state, .key(.enter))  // the first link: 倪恒威
        #expect(personOverlayID(state) == "nihengwei")
        #expect(screen(state).joined().contains("雨花台区文化和旅游局"))
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
    }

    @Test func downInTheResultsChoosesTheSecondMatch() {
        var state = startBrowser()
        send(&state, .char("/"))
        type(&state, "zhang")
        send(&state, .key(.down), .key(.enter))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(selectedStaffID(state) == "zhangqingwen")
    }

    @Test func nAndShiftNStepThroughTheLastSearchsResults() {
        var state = startBrowser()
        send(&state, .char("n"))
        #expect(state.status?.text == "还没有搜索过；按 / 搜索人员。")
        send(&state, .char("/"))
        type(&state, "zhang")
        send(&state, .key(.enter))
        #expect(selectedStaffID(state) == "zhangxiaoqin")
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .char("n"))
        #expect(selectedStaffID(state) == "zhangqingwen")
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.status?.text == "/zhang  2/2")
        send(&state, .char("n"))  // wraps round
        #expect(selectedStaffID(state) == "zhangxiaoqin")
        #expect(state.status?.text == "/zhang  1/2")
        send(&state, .char("N"))
        #expect(selectedStaffID(state) == "zhangqingwen")
        send(&state, .char("N"))
        #expect(selectedStaffID(state) == "zhangxiaoqin")
        #expect(selectedLibraryID(state) == "jinling")
        // The status line shows the position until another key is pressed.
        #expect(screen(state).last?.contains("/zhang  1/2") == true)
        send(&state, .char("j"))
        #expect(state.status == nil)
    }

    // MARK: Record search

    @Test func recordSearchForAReadingRoomLandsOnItsFloor() {
        var state = startBrowser()
        send(&state, .char(":"))
        guard case .recordSearch = state.overlay else {
            Issue.record(": did not open the record search")
            return
        }
        type(&state, "视障")
        if case .recordSearch(let search) = state.overlay {
            #expect(search.matches.first?.name == "视障阅览室")
        }
        send(&state, .key(.enter))
        #expect(state.overlay == nil)
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .floors)
        #expect(state.focus == .content)
        #expect(BrowserView.breadcrumbs(state).last == "3F")
        #expect(selectedBandSpaceNames(state).contains("视障阅览室"))
        #expect(state.floors.inDirectory)
        #expect(selectedRoomName(state) == "视障阅览室")
    }

    @Test func controlPAlsoOpensTheRecordSearch() {
        var state = startBrowser()
        send(&state, .key(KeyEvent.control("p")))
        guard case .recordSearch = state.overlay else {
            Issue.record("Ctrl-P did not open the record search")
            return
        }
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
    }

    // MARK: History

    @Test func backspaceGoesBackAfterAJumpAndRightBracketForward() {
        var state = startBrowser()
        send(&state, .char("/"))
        type(&state, "zhangqingwen")
        send(&state, .key(.enter))
        #expect(selectedLibraryID(state) == "yuhuatai")
        send(&state, .key(.backspace))
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .overview)
        #expect(state.focus == .libraries)
        send(&state, .char("]"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(selectedStaffID(state) == "zhangqingwen")
        // [ is Backspace too; with nothing left the status line says so.
        send(&state, .char("["))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .key(.backspace))
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.status?.text == "没有可后退的位置。")
        send(&state, .char("]"), .char("]"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.status?.text == "没有可前进的位置。")
    }

    @Test func backFromARecordSearchJumpReturnsToTheFloorsLeft() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .char("G"), .char(":"))
        type(&state, "视障")
        send(&state, .key(.enter))
        #expect(BrowserView.breadcrumbs(state).last == "3F")
        send(&state, .key(.backspace))
        #expect(state.tab == .floors)
        #expect(selectedBandSpaceNames(state) == ["会议室", "培训室"])
        #expect(!state.floors.inDirectory)
    }

    // MARK: Help, language, quit, reload

    @Test func questionMarkOpensHelpAndEscClosesIt() {
        var state = startBrowser()
        send(&state, .char("?"))
        #expect(isHelpOpen(state))
        #expect(screen(state).joined().contains("按键 · Esc 关闭"))
        // j scrolls the help; it does not move the tree underneath.
        send(&state, .char("j"))
        #expect(isHelpOpen(state))
        #expect(selectedLibraryID(state) == "jinling")
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        send(&state, .key(.function(1)))
        #expect(isHelpOpen(state))
        send(&state, .char("?"))
        #expect(state.overlay == nil)
    }

    @Test func capitalLTogglesTheLanguage() {
        var state = startBrowser()
        send(&state, .char("L"))
        #expect(state.language == .english)
        #expect(screen(state)[0].contains("Jinling Library"))
        #expect(screen(state).last?.contains("find staff") == true)
        send(&state, .char("L"))
        #expect(state.language == .chinese)
        #expect(screen(state).last?.contains("找人") == true)
    }

    @Test func qQuits() {
        var state = startBrowser()
        #expect(send(&state, .char("q")) == .quit)
        var inContent = startBrowser()
        #expect(send(&inContent, .char("j"), .char("3"), .char("q")) == .quit)
    }

    @Test func escAtTheTopLevelDoesNotQuit() {
        var state = startBrowser()
        for _ in 0..<3 {
            #expect(send(&state, .key(.escape)) == .none)
        }
        #expect(state.focus == .libraries)
        #expect(state.overlay == nil)
        #expect(selectedLibraryID(state) == "jinling")
    }

    @Test func qInsideAnOverlayDoesNotQuit() {
        var state = startBrowser()
        #expect(send(&state, .char("?"), .char("q")) == .none)
        #expect(state.overlay == nil)
        #expect(send(&state, .char("/"), .char("q")) == .none)
    }

    @Test func rAsksForAReload() {
        var state = startBrowser()
        #expect(send(&state, .char("r")) == .reload)
        #expect(send(&state, .char("j")) == .none)
    }

    @Test func reloadKeepsTheLibraryAndTab() {
        var state = startBrowser()
        send(&state, .char("j"), .char("3"))
        Browser.update(&state, .reloaded(.success(sampleData)))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(state.status?.text == "已重新载入。")
    }

    // MARK: Linkage and programs

    @Test func yOnLinkageCyclesTheYearFilter() {
        var state = startBrowser()
        send(&state, .char("j"), .char("5"))
        #expect(state.linkage.year == nil)
        let all = LinkageTab.entries(state).count
        #expect(all == 8)
        var seen: [Int?] = []
        for _ in 0..<6 {
            send(&state, .char("y"))
            seen.append(state.linkage.year)
        }
        #expect(seen == [2018, 2019, 2020, 2021, 2022, nil])
        send(&state, .char("y"))
        #expect(state.linkage.year == 2018)
        #expect(LinkageTab.entries(state).count == 3)
        #expect(screen(state).joined().contains("联动 · 2018年"))
        for _ in 0..<4 { send(&state, .char("y")) }
        #expect(state.linkage.year == 2022)
        #expect(LinkageTab.entries(state).count == 7, "two ongoing phases, the work plan, the visit and its three parts")
    }

    @Test func yOutsideLinkageDoesNothing() {
        var state = startBrowser()
        send(&state, .char("j"), .char("2"), .char("y"))
        #expect(state.linkage.year == nil)
        #expect(state.floors.floors.selected == 0)
        send(&state, .char("5"), .key(.tab), .char("y"))  // tree focused
        #expect(state.linkage.year == nil)
    }

    @Test func enterOnLinkageOpensTheEntryAndEscClosesIt() {
        var state = startBrowser()
        send(&state, .char("j"), .char("5"), .char("G"), .key(.enter))
        guard case .entry(let detail) = state.overlay else {
            Issue.record("Enter on Linkage opened no entry")
            return
        }
        #expect(detail.entry.id == LinkageTab.entries(state).last?.id)
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
    }

    @Test func enterOnAProgramOpensItAndItsPartnerLinkShowsItInThePartnerLibrary() {
        var state = startBrowser()
        send(&state, .char("j"), .char("4"))
        let program = state.records.programs[0]
        #expect(program.id == "yht-18-legal-consultation")
        send(&state, .key(.enter))
        guard case .program(let detail) = state.overlay else {
            Issue.record("Enter on a program opened no overlay")
            return
        }
        #expect(detail.program.id == program.id)
        #expect(detail.links == [RecordReference(kind: .library, id: "yuhuatai"), RecordReference(kind: .library, id: "jinling")])
        #expect(screen(state).contains { $0.contains("→ 雨花台区图书馆  牵头") })
        #expect(screen(state).contains { $0.contains("→ 金陵图书馆  合作") })
        send(&state, .key(.down), .key(.enter))
        #expect(state.overlay == nil)
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .programs)
        #expect(state.programs.list.selected.map { state.records.programs[$0].id } == program.id)
        send(&state, .key(.backspace))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .programs)
    }

    @Test func escClosesTheProgramAndTheLeadLinkStaysInTheLibrary() {
        var state = startBrowser()
        send(&state, .char("j"), .char("4"), .char("j"), .char("j"), .key(.enter))
        let program = state.records.programs[2]
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        send(&state, .key(.enter), .key(.enter))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.programs.list.selected.map { state.records.programs[$0].id } == program.id)
    }

    /// The rows of the content pane's inside, as text.
    private func contentRows(_ state: BrowserState) throws -> [String] {
        let content = try #require(Browser.layout(state).content)
        let grid = Browser.view(state)
        return (content.y + 1..<content.bottom - 1).map { y in
            (content.x + 1..<content.right - 1).filter { !grid[$0, y].isCovered }.map { grid[$0, y].symbol }.joined()
        }
    }

    @Test func jAndKScrollTheOverviewWithinItsText() throws {
        var state = startBrowser(width: 80, height: 16)
        send(&state, .char("j"), .char("1"))
        let top = try contentRows(state)
        #expect(top[0].hasPrefix("雨花台区图书馆"))
        #expect(!top.joined().contains("2022-06-08"))
        send(&state, .char("j"))
        #expect(try contentRows(state)[0].hasPrefix("Yuhuatai District Library"))
        send(&state, .char("k"))
        #expect(try contentRows(state) == top)
        // Scrolling far past the end stops with the last line (the source's date) in view ...
        for _ in 0..<40 { send(&state, .char("j")) }
        let end = try contentRows(state)
        #expect(end.joined().contains("2022-06-08"), "the overview scrolled past its text: \(end)")
        // ... and one k scrolls back up at once.
        send(&state, .char("k"))
        #expect(try contentRows(state) != end, "k after scrolling to the end did not move the overview")
        send(&state, .char("g"))
        #expect(try contentRows(state) == top)
    }

    @Test func helpScrollsBackAtOnceAfterScrollingToItsEnd() {
        var state = startBrowser(width: 60, height: 20)
        send(&state, .char("?"))
        let top = screen(state)
        send(&state, .char("j"))
        #expect(screen(state) != top)
        for _ in 0..<40 { send(&state, .char("j")) }
        let end = screen(state)
        #expect(end.joined().contains("本帮助"))
        send(&state, .char("k"))
        #expect(screen(state) != end, "k after scrolling help to its end did not move it")
    }

    // MARK: Opening a record by name

    @Test func openStaffStartsOnThePerson() {
        var state = startBrowser()
        #expect(open("staff:zhangqingwen", in: &state))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        #expect(state.focus == .content)
        #expect(selectedStaffID(state) == "zhangqingwen")
        #expect(personOverlayID(state) == "zhangqingwen")
        send(&state, .key(.escape))
        #expect(state.overlay == nil)
        #expect(selectedStaffID(state) == "zhangqingwen")
    }

    @Test func openOtherKindsOfRecord() {
        var state = startBrowser()
        #expect(open("library:yuhuatai", in: &state))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.overlay == nil)
        var space = startBrowser()
        #expect(open("space:yht-training-room", in: &space))
        #expect(space.tab == .floors)
        #expect(selectedBandSpaceNames(space) == ["会议室", "培训室"])
        #expect(space.floors.inDirectory)
        #expect(selectedRoomName(space) == "培训室")
        #expect(screen(space).contains { $0.contains("培训室") }, "the room --open lands on is out of view")
        var event = startBrowser()
        #expect(open("event:visit-2022-05-30-talks", in: &event))
        #expect(event.tab == .linkage)
        #expect(event.linkage.list.selected.map { LinkageTab.entries(event)[$0].id } == "visit-2022-05-30-talks")
    }

    @Test func openSomeoneOutsideALibraryShowsThePerson() {
        // The record exists (a member of the district bureau), so open must not report it missing.
        var state = startBrowser(width: 80, height: 24)
        #expect(open("staff:nihengwei", in: &state))
        let text = screen(state).joined(separator: "\n")
        #expect(text.contains("倪恒威") && text.contains("雨花台区文化和旅游局"), "open staff:nihengwei shows:\n\(text)")
    }

    @Test(arguments: ["staff:nobody", "library:nowhere", "space:", "bogus:zhangqingwen", "zhangqingwen", ""])
    func openWithABadTargetReturnsFalseAndChangesNothing(_ target: String) {
        var state = startBrowser()
        #expect(!open(target, in: &state))
        #expect(selectedLibraryID(state) == "jinling")
        #expect(state.tab == .overview)
        #expect(state.overlay == nil)
        #expect(state.history.back.isEmpty)
    }

    /// Opens the record written `kind:id` as `--open` does: parsed at the boundary, then opened.
    private func open(_ target: String, in state: inout BrowserState) -> Bool {
        guard let reference = RecordReference(parsing: target) else { return false }
        return Browser.open(reference, in: &state)
    }
}
