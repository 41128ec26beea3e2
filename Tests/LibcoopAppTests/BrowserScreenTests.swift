import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Whole screens as text on the bundled sample at 80×24, 120×40 and 60×20, compared with the
/// snapshots in `__Snapshots__` (re-recorded as docs/TESTING.md says); every one is also checked
/// for the grid's invariants (no row wider than the grid, no lone half of a wide character, no
/// control character).
@Suite struct BrowserScreenTests {
    // MARK: 80×24

    @Test func mainScreenOnStartAt80x24() {
        expectScreen(startBrowser(width: 80, height: 24), snapshot: "start80x24")
    }

    @Test func yuhuataiFloorsShowsTheReadingRoomForTheBlindOn3F80x24() {
        let state = Screens.yuhuataiFloors3F(width: 80, height: 24)
        expectScreen(state, snapshot: "yuhuataiFloors3F80x24")
        #expect(screen(state).contains { $0.contains("视障阅览室") && $0.contains("无障碍") && $0.contains("开放") })
    }

    @Test func yuhuataiFloorsMarksTheStudyUnderConstruction80x24() {
        let state = Screens.yuhuataiFloors5F(width: 80, height: 24)
        expectScreen(state, snapshot: "yuhuataiFloors5F80x24")
        #expect(screen(state).contains { $0.contains("百姓书房") && $0.contains("建设中") })
    }

    @Test func yuhuataiStaff80x24() {
        expectScreen(Screens.yuhuataiStaff(width: 80, height: 24), snapshot: "yuhuataiStaff80x24")
    }

    @Test func yuhuataiLinkage80x24() {
        expectScreen(Screens.yuhuataiLinkage(width: 80, height: 24), snapshot: "yuhuataiLinkage80x24")
    }

    @Test func programOverlay80x24() {
        var state = Screens.yuhuataiStaff(width: 80, height: 24)
        send(&state, .char("4"), .char("j"), .key(.enter))
        expectScreen(state, snapshot: "programOverlay80x24")
    }

    @Test func staffSearchWithResults80x24() {
        let state = Screens.staffSearch(width: 80, height: 24)
        expectScreen(state, snapshot: "staffSearch80x24")
        // The cursor stands after the query, in the input line.
        let grid = Browser.view(state)
        let row = screen(state).firstIndex { $0.contains("/ zhang") }
        #expect(grid.cursor?.y == row)
    }

    @Test func help80x24() {
        expectScreen(Screens.help(width: 80, height: 24), snapshot: "help80x24")
    }

    // MARK: 120×40

    @Test func mainScreenOnStart120x40() {
        expectScreen(startBrowser(width: 120, height: 40), snapshot: "start120x40")
    }

    @Test func yuhuataiFloorsShowsEveryFloorAtOnce100x30() {
        expectScreen(Screens.yuhuataiFloors(width: 100, height: 30), snapshot: "yuhuataiFloors100x30")
    }

    @Test func theSpaceOverlayShowsTheWholeNote120x40() {
        expectScreen(Screens.meetingRoom(width: 120, height: 40), snapshot: "roomOverlay120x40")
    }

    @Test func theSpaceOverlayInEnglish80x24() {
        expectScreen(Screens.meetingRoom(width: 80, height: 24, language: .english), snapshot: "roomOverlayEnglish80x24")
    }

    @Test func anOrganisationOpensInItsOwnOverlay100x30() {
        expectScreen(Screens.recordChosen("雨花台区文化和旅游局", width: 100, height: 30), snapshot: "organizationOverlay100x30")
    }

    @Test func aDocumentOpensInItsOwnOverlay100x30() {
        expectScreen(Screens.recordChosen("2022年基层服务", width: 100, height: 30, language: .english), snapshot: "documentOverlayEnglish100x30")
    }

    @Test func yuhuataiFloors3F120x40() {
        expectScreen(Screens.yuhuataiFloors3F(width: 120, height: 40), snapshot: "yuhuataiFloors3F120x40")
    }

    @Test func yuhuataiFloorsInEnglish120x40() {
        let state = Screens.yuhuataiFloors5F(width: 120, height: 40, language: .english)
        expectScreen(state, snapshot: "yuhuataiFloors5FEnglish120x40")
        #expect(screen(state).contains { $0.contains("Citizens' Study") && $0.contains("UNDER CONSTRUCTION") })
    }

    @Test func yuhuataiStaff120x40() {
        expectScreen(Screens.yuhuataiStaff(width: 120, height: 40), snapshot: "yuhuataiStaff120x40")
    }

    @Test func yuhuataiLinkageWithYearBars120x40() {
        expectScreen(Screens.yuhuataiLinkage(width: 120, height: 40), snapshot: "yuhuataiLinkage120x40")
    }

    @Test func staffSearchWithResults120x40() {
        expectScreen(Screens.staffSearch(width: 120, height: 40), snapshot: "staffSearch120x40")
    }

    @Test func help120x40() {
        expectScreen(Screens.help(width: 120, height: 40), snapshot: "help120x40")
    }

    // MARK: 60×20, one pane at a time

    @Test func narrowLayoutShowsTheTreeThenTheContentThenTheTreeAgain() {
        var state = startBrowser(width: 60, height: 20)
        expectScreen(state, snapshot: "narrowTree60x20")
        send(&state, .key(.enter))
        #expect(state.narrowShowsContent)
        expectScreen(state, snapshot: "narrowContent60x20")
        send(&state, .key(.escape))
        #expect(!state.narrowShowsContent)
        expectScreen(state, snapshot: "narrowTree60x20")
    }

    @Test func narrowLayoutFloors60x20() {
        expectScreen(Screens.yuhuataiFloors3F(width: 60, height: 20), snapshot: "narrowFloors60x20")
    }

    @Test func narrowLayoutTabKeyAndDigitsSwitchPanes() {
        var state = startBrowser(width: 60, height: 20)
        send(&state, .char("j"), .char("3"))
        #expect(screen(state).contains { $0.contains("张庆文") })
        #expect(!screen(state).contains { $0.contains("╭ 图书馆") })
        send(&state, .key(.tab))
        #expect(screen(state).contains { $0.contains("╭ 图书馆") })
        send(&state, .key(.tab))
        #expect(screen(state).contains { $0.contains("张庆文") })
        // A jump from the search shows the content, not the tree.
        send(&state, .key(.escape), .char("/"))
        type(&state, "jx")
        send(&state, .key(.enter))
        #expect(screen(state).contains { $0.contains("焦翔") && $0.contains("馆长") })
    }

    // MARK: Too small

    @Test func tooSmallShowsTheNoticeAndResizingBackRestoresTheLayout() {
        var state = startBrowser(width: 20, height: 5)
        expectScreen(state, snapshot: "tooSmall20x5")
        // Just below the minimum in either direction is still too small.
        send(&state, .resize(Size(width: 29, height: 24)))
        #expect(screen(state).joined().contains("终端窗口太小"))
        send(&state, .resize(Size(width: 80, height: 7)))
        #expect(screen(state).joined().contains("终端窗口太小"))
        send(&state, .resize(Size(width: 80, height: 24)))
        // The same screen as a browser started at 80×24.
        expectScreen(Browser.view(state), screen(startBrowser(width: 80, height: 24)))
    }

    @Test func resizingThroughManySizesKeepsTheSelectionAndTheGridWhole() {
        var state = Screens.yuhuataiFloors3F(width: 120, height: 40)
        for (width, height) in [(80, 24), (20, 5), (1, 1), (30, 8), (60, 20), (200, 60), (120, 40)] {
            send(&state, .resize(Size(width: width, height: height)))
            checkGridInvariants(Browser.view(state))
            #expect(Browser.view(state).area.width == width)
        }
        expectScreen(Browser.view(state), screen(Screens.yuhuataiFloors3F(width: 120, height: 40)))
    }

    // MARK: What every screen must show in words

    @Test(arguments: [(80, 24), (60, 20)])
    func underConstructionIsSpelledOutInEnglishWhenNarrower(width: Int, height: Int) {
        let state = Screens.yuhuataiFloors5F(width: width, height: height, language: .english)
        checkGridInvariants(Browser.view(state))
        let row = screen(state).first { $0.contains("百姓书房") }
        #expect(row?.contains("UNDER CONSTRUCTION") == true,
                "the status of the space under construction is cut: \(row ?? "no row for Citizens' Study 百姓书房")")
    }

    @Test(arguments: [(80, 24, Language.chinese), (80, 24, Language.english), (60, 20, Language.chinese),
                      (60, 20, Language.english), (120, 40, Language.english)])
    func theHeaderAlwaysShowsTheLibraryTabAndFloor(width: Int, height: Int, language: Language) {
        let state = Screens.yuhuataiFloors5F(width: width, height: height, language: language)
        let header = screen(state)[0]
        // In English the library's original name follows its English one and is the first part
        // of the library's crumb to give way.
        let crumbs = language == .chinese ? ["雨花台区图书馆 › 楼层 › 5F"] : ["Yuhuatai District Library 雨花台区", "› Floors › 5F"]
        #expect(crumbs.allSatisfy(header.contains), "header at \(width)×\(height): \(header)")
    }

    @Test func everyScreenKeepsTheGridInvariants() {
        // A walk through every tab and overlay at each size, both languages.
        let keys: [InputEvent] = [.char("j"), .char("2"), .char("G"), .key(.enter), .char("3"), .key(.enter), .key(.escape),
                                  .char("4"), .char("5"), .char("y"), .key(.enter), .key(.escape), .char("1"), .char("?"),
                                  .key(.escape), .char("/")] + InputEvent.typing("張慶文") + [.key(.escape), .char(":")]
            + InputEvent.typing("图书馆") + [.key(.escape)]
        for (width, height) in [(80, 24), (120, 40), (60, 20), (30, 8), (31, 9), (79, 23), (200, 60)] {
            for language in Language.allCases {
                var state = startBrowser(width: width, height: height, language: language)
                for key in keys {
                    send(&state, key)
                    checkGridInvariants(Browser.view(state))
                }
            }
        }
    }
}
