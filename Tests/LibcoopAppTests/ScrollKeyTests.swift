import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Every scrollable view answers every scrolling key of the key table (issue 14): `j`/`k` and
/// the arrows, `PgDn`/`PgUp`, `g`/`Home` and `G`/`End`.
@Suite struct ScrollKeyTests {
    /// Yuhuatai's Overview with the keys in the tab, at 40×12, where its text does not fit.
    private func narrowOverview() -> BrowserState {
        var state = startBrowser(width: 40, height: 12)
        send(&state, .key(.down), .char("1"))
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .overview && state.focus == .content)
        return state
    }

    /// How far the Overview can scroll at the state's size.
    private func overviewMaximum(_ state: BrowserState) -> Int {
        var probe = state
        send(&probe, .char("G"))
        return probe.overview.scroll
    }

    @Test func overviewPagesDownAndUp() {
        var state = narrowOverview()
        let maximum = overviewMaximum(state)
        #expect(maximum > 5, "the Overview should not fit at 40×12")
        send(&state, .key(.pageDown))
        let page = state.overview.scroll
        #expect(page > 1, "PgDn moves more than a line")
        #expect(!screen(state).dropFirst().joined().contains("雨花台区图书馆"), "the heading has scrolled away")
        send(&state, .key(.pageDown))
        #expect(state.overview.scroll == min(maximum, 2 * page))
        send(&state, .key(.pageUp))
        #expect(state.overview.scroll == min(maximum, 2 * page) - page)
        send(&state, .key(.pageUp), .key(.pageUp))
        #expect(state.overview.scroll == 0)
    }

    @Test func overviewGoesToItsEndAndBackToItsTop() {
        var state = narrowOverview()
        let maximum = overviewMaximum(state)
        send(&state, .key(.end))
        #expect(state.overview.scroll == maximum)
        #expect(screen(state).joined().contains(state.language.pick("来源", "Sources")) || maximum > 0)
        send(&state, .key(.home))
        #expect(state.overview.scroll == 0)
        send(&state, .char("G"))
        #expect(state.overview.scroll == maximum)
        send(&state, .char("g"))
        #expect(state.overview.scroll == 0)
        // Never past the end, however often.
        send(&state, .char("G"), .key(.pageDown), .char("j"), .key(.down))
        #expect(state.overview.scroll == maximum)
    }

    @Test func helpAnswersEveryScrollingKey() {
        var state = startBrowser(width: 40, height: 12)
        send(&state, .char("?"))
        send(&state, .key(.pageDown))
        guard case .help(let paged) = state.overlay else { Issue.record("help closed"); return }
        #expect(paged > 1)
        send(&state, .key(.end))
        guard case .help(let end) = state.overlay else { Issue.record("help closed"); return }
        #expect(end == BrowserLayout.helpMaximumScroll(state.size, lineCount: HelpOverlay.lineCount(state.language, size: state.size)))
        send(&state, .key(.pageUp))
        guard case .help(let up) = state.overlay else { Issue.record("help closed"); return }
        #expect(up < end)
        send(&state, .char("g"))
        guard case .help(let top) = state.overlay else { Issue.record("help closed"); return }
        #expect(top == 0)
        send(&state, .char("G"), .key(.home))
        guard case .help(let home) = state.overlay else { Issue.record("help closed"); return }
        #expect(home == 0)
    }
}

/// The list overlays say, as the details do, how much of their list is out of view.
@Suite struct ListOverlayIndicatorTests {
    /// The last row holding a bottom-left corner above the footer: the overlay's bottom border
    /// (the overlay is drawn over the panes and ends above theirs).
    private func overlayBottom(_ state: BrowserState) -> String {
        let lines = screen(state)
        return lines.dropLast().filter { $0.contains("╰") }.first ?? ""
    }

    @Test(arguments: [Language.chinese, .english])
    func staffSearchResultsSayHowManyAreBelow(_ language: Language) {
        var state = startBrowser(width: 40, height: 12, language: language)
        send(&state, .char("/"))
        type(&state, "a")
        let bottom = overlayBottom(state)
        #expect(bottom.contains(language.pick("↓ 还有", "more")), "\(screen(state).joined(separator: "\n"))")
    }

    @Test(arguments: [Language.chinese, .english])
    func recordSearchResultsSayHowManyAreBelow(_ language: Language) {
        var state = startBrowser(width: 40, height: 12, language: language)
        send(&state, .char(":"))
        type(&state, "a")
        let bottom = overlayBottom(state)
        #expect(bottom.contains(language.pick("↓ 还有", "more")), "\(screen(state).joined(separator: "\n"))")
    }

    @Test func theHelpSaysHowManyLinesAreBelowAndAbove() {
        var state = startBrowser(width: 40, height: 12, language: .english)
        send(&state, .char("?"))
        #expect(overlayBottom(state).contains("more"), "\(screen(state).joined(separator: "\n"))")
        send(&state, .char("G"))
        #expect(overlayBottom(state).contains("above"), "\(screen(state).joined(separator: "\n"))")
    }
}
