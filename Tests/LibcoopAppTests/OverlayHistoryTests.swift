import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Overlays are places in the navigation history (issue 14): event → participant → person, then
/// Backspace or `[` goes back to the event with its selection, `]` forward again, and Esc closes
/// every overlay.
@Suite struct OverlayHistoryTests {
    private static let talks = RecordReference(kind: .event, id: "visit-2022-05-30-talks")

    /// The Linkage tab on the 2022-05-30 talks, its overlay open with 张庆文 selected.
    private func talksWithZhangQingwenSelected(language: Language = .chinese) -> BrowserState {
        var state = startBrowser(width: 120, height: 40, language: language)
        Links.follow(Self.talks, in: &state)
        send(&state, .key(KeyEvent(.enter)))
        guard case .entry(let detail) = state.overlay, let row = detail.links.firstIndex(of: RecordReference(kind: .staff, id: "zhangqingwen")) else {
            Issue.record("the talks' overlay with 张庆文 did not open")
            return state
        }
        for _ in 0..<row { send(&state, .char("j")) }
        return state
    }

    private func entrySelection(_ state: BrowserState) -> (id: String, selected: Int?)? {
        guard case .entry(let detail) = state.overlay else { return nil }
        return (detail.entry.id, detail.selection.selected)
    }

    @Test(arguments: [KeyEvent(.backspace), KeyEvent(.character("["))])
    func backFromAParticipantReturnsToTheEventWithItsSelection(_ back: KeyEvent) {
        var state = talksWithZhangQingwenSelected()
        let selected = state.overlay?.detailSelection?.selected
        #expect(selected != nil && selected != 0)
        send(&state, .key(KeyEvent(.enter)))
        #expect(personOverlayID(state) == "zhangqingwen")
        send(&state, .key(back))
        #expect(entrySelection(state)?.id == "visit-2022-05-30-talks", "\(String(describing: state.overlay))")
        #expect(entrySelection(state)?.selected == selected)
        #expect(state.tab == .linkage)
        send(&state, .char("]"))
        #expect(personOverlayID(state) == "zhangqingwen")
        send(&state, .key(back))
        #expect(entrySelection(state)?.id == "visit-2022-05-30-talks")
    }

    @Test func escClosesEveryOverlay() {
        var state = talksWithZhangQingwenSelected()
        send(&state, .key(KeyEvent(.enter)))
        #expect(personOverlayID(state) == "zhangqingwen")
        send(&state, .key(KeyEvent(.escape)))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
    }

    @Test func backFromTheFirstOverlayReturnsToTheTabAndForwardReopensIt() {
        var state = startBrowser(width: 120, height: 40)
        Links.follow(Self.talks, in: &state)
        send(&state, .key(KeyEvent(.enter)))
        #expect(entrySelection(state)?.id == "visit-2022-05-30-talks")
        send(&state, .key(KeyEvent(.backspace)))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        send(&state, .char("]"))
        #expect(entrySelection(state)?.id == "visit-2022-05-30-talks")
    }

    @Test func aLinkOutOfAnOverlayComesBackToTheOverlay() {
        // The person overlay's event link shows the event on the Linkage tab; back returns to
        // the person over the Staff tab.
        var state = talksWithZhangQingwenSelected()
        send(&state, .key(KeyEvent(.enter)))
        guard case .person(let person) = state.overlay, let row = person.links.firstIndex(where: { $0.kind == .event }) else {
            Issue.record("no person overlay with an event link")
            return
        }
        send(&state, .char("g"))
        for _ in 0..<row { send(&state, .char("j")) }
        send(&state, .key(KeyEvent(.enter)))
        #expect(state.overlay == nil)
        #expect(state.tab == .linkage)
        send(&state, .key(KeyEvent(.backspace)))
        #expect(personOverlayID(state) == "zhangqingwen")
        #expect(state.overlay?.detailSelection?.selected == row)
    }

    @Test func escThenBackReopensTheLastOverlayRatherThanStandingStill() {
        var state = talksWithZhangQingwenSelected()
        send(&state, .key(KeyEvent(.enter)), .key(KeyEvent(.escape)))
        #expect(state.overlay == nil)
        send(&state, .key(KeyEvent(.backspace)))
        #expect(entrySelection(state)?.id == "visit-2022-05-30-talks")
    }

    @Test func theFooterOffersBackInAnOverlayReachedByALink() {
        var state = talksWithZhangQingwenSelected(language: .english)
        send(&state, .key(KeyEvent(.enter)))
        #expect(footer(state).contains("back"), "\(footer(state))")
    }
}
