import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Detail overlays that cannot show their content scroll (issue 14): at 40×12 the person
/// overlay's links were drawn over its bottom border and hidden, yet `Down Down Enter` opened an
/// event the user never saw. Every detail overlay keeps the selected link on screen, scrolls with
/// every scrolling key, says what is out of view, and keeps its border whole.
@Suite struct OverlayScrollTests {
    /// How each detail overlay is opened by a user, at a size and in a language.
    enum Opening: String, CaseIterable, CustomTestStringConvertible {
        case person, event, program, room, organization, document

        var testDescription: String { rawValue }

        func open(width: Int, height: Int, language: Language) -> BrowserState {
            var state = startBrowser(width: width, height: height, language: language)
            switch self {
            case .person:
                // 张庆文 (Yuhuatai) took part in events: a person with several links.
                send(&state, .char("j"), .char("3"))
                while selectedStaffID(state) != "zhangqingwen" && state.staff.table.selected ?? 99 < 20 { send(&state, .char("j")) }
                send(&state, .key(KeyEvent(.enter)))
            case .event:
                Links.follow(RecordReference(kind: .event, id: "visit-2022-05-30-talks"), in: &state)
                Browser.update(&state, .key(KeyEvent(.enter)))
            case .program:
                send(&state, .char("j"), .char("4"), .key(KeyEvent(.enter)))
            case .room:
                state = Screens.meetingRoom(width: width, height: height, language: language)
            case .organization:
                state = Screens.recordChosen("雨花台区文化和旅游局", width: width, height: height, language: language)
            case .document:
                state = Screens.recordChosen("2022年基层服务", width: width, height: height, language: language)
            }
            return state
        }
    }

    /// The box of the open detail overlay, as it is drawn.
    private func frame(_ state: BrowserState) -> Rect? {
        guard let content = state.overlay?.content(in: state) else { return nil }
        let metrics = LinkedDetail.metrics(content, size: state.size)
        return LinkedDetail.frame(in: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height), lineCount: metrics.lineCount)
    }

    /// The border of the overlay is whole: corners, sides and the bottom edge (where only the
    /// scroll indicator may be written), so nothing was drawn over it.
    private func expectWholeBorder(_ state: BrowserState, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let frame = frame(state) else {
            Issue.record("no detail overlay open (\(context))", sourceLocation: sourceLocation)
            return
        }
        let grid = Browser.view(state)
        let bottom = frame.y + frame.height - 1
        #expect(grid[frame.x, frame.y].symbol == "╭", "\(context)", sourceLocation: sourceLocation)
        #expect(grid[frame.x, bottom].symbol == "╰", "\(context)\n\(grid.description)", sourceLocation: sourceLocation)
        #expect(grid[frame.right - 1, bottom].symbol == "╯", "\(context)\n\(grid.description)", sourceLocation: sourceLocation)
        for y in (frame.y + 1)..<bottom {
            #expect(grid[frame.x, y].symbol == "│" && grid[frame.right - 1, y].symbol == "│",
                    "row \(y) \(context)\n\(grid.description)", sourceLocation: sourceLocation)
        }
        let edge = (frame.x + 1)..<(frame.right - 1)
        let writing = edge.map { grid[$0, bottom].symbol }.joined()
        #expect(writing.hasPrefix("─"), "\(context): bottom border \(writing)", sourceLocation: sourceLocation)
    }

    /// The selected link, when there is one, is a highlighted row inside the box; with none, no
    /// row is highlighted and Enter has nothing to follow.
    private func expectSelectionOnScreen(_ state: BrowserState, _ context: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard let selection = state.overlay?.detailSelection else { return }
        let highlighted = highlightedRows(state)
        if selection.selected == nil {
            #expect(highlighted.isEmpty, "\(context): a row is highlighted with no link selected", sourceLocation: sourceLocation)
        } else {
            #expect(highlighted.count == 1, "\(context): the selected link is not on screen\n\(screen(state).joined(separator: "\n"))",
                    sourceLocation: sourceLocation)
        }
    }

    /// The rows inside the overlay's box drawn highlighted.
    private func highlightedRows(_ state: BrowserState) -> [Int] {
        guard let frame = frame(state) else { return [] }
        let marks = Browser.view(state).styleLines { $0.attributes.contains(.reverse) }
        return (frame.y + 1..<frame.y + frame.height - 1).filter { marks[$0].dropFirst(frame.x + 1).prefix(frame.width - 2).contains("#") }
    }

    /// The overlay's bottom border as text.
    private func bottomBorder(_ state: BrowserState) -> String {
        guard let frame = frame(state) else { return "" }
        let grid = Browser.view(state)
        return (frame.x..<frame.right).map { grid[$0, frame.y + frame.height - 1].symbol }.joined()
    }

    static let keys: [(String, InputEvent)] = [
        ("j", .char("j")), ("j", .char("j")), ("Down", .key(KeyEvent(.down))), ("j", .char("j")), ("j", .char("j")),
        ("j", .char("j")), ("j", .char("j")), ("j", .char("j")), ("j", .char("j")), ("j", .char("j")), ("j", .char("j")),
        ("k", .char("k")), ("Up", .key(KeyEvent(.up))), ("PgDn", .key(KeyEvent(.pageDown))), ("PgDn", .key(KeyEvent(.pageDown))),
        ("PgUp", .key(KeyEvent(.pageUp))), ("G", .char("G")), ("g", .char("g")), ("End", .key(KeyEvent(.end))),
        ("Home", .key(KeyEvent(.home))), ("k", .char("k")), ("PgUp", .key(KeyEvent(.pageUp))),
    ]

    @Test(arguments: Opening.allCases, [Language.chinese, .english])
    func everyScrollingKeyKeepsTheSelectionOnScreenAndTheBorderWhole(_ opening: Opening, _ language: Language) {
        for size in [Size(width: 40, height: 12), Size(width: 80, height: 24), Size(width: 60, height: 20)] {
            var state = opening.open(width: size.width, height: size.height, language: language)
            let context = "\(opening) \(language) \(size.width)×\(size.height)"
            expectWholeBorder(state, context)
            expectSelectionOnScreen(state, context)
            for (name, key) in Self.keys {
                send(&state, key)
                expectWholeBorder(state, "\(context) after \(name)")
                expectSelectionOnScreen(state, "\(context) after \(name)")
            }
        }
    }

    @Test(arguments: Opening.allCases)
    func theEndShowsTheLastLinkAndTheTopShowsTheTitle(_ opening: Opening) {
        var state = opening.open(width: 40, height: 12, language: .chinese)
        guard let links = state.overlay?.links, !links.isEmpty else { return }
        send(&state, .char("G"))
        #expect(state.overlay?.detailSelection?.selected == links.count - 1)
        send(&state, .char("g"))
        #expect(state.overlay?.detailSelection?.offset == 0)
    }

    @Test func downDownEnterAtFortyByTwelveOpensOnlyWhatWasShown() {
        var state = Opening.person.open(width: 40, height: 12, language: .chinese)
        #expect(personOverlayID(state) == "zhangqingwen")
        send(&state, .key(KeyEvent(.down)), .key(KeyEvent(.down)))
        let before = Browser.view(state)
        let row = highlightedRows(state).first
        send(&state, .key(KeyEvent(.enter)))
        guard personOverlayID(state) == nil else {
            #expect(row == nil, "Enter did nothing although a link was highlighted")
            return
        }
        guard let row else {
            Issue.record("Enter followed a link that was not on screen:\n\(before.description)")
            return
        }
        // The record Enter led to is the one the highlighted row named.
        let shown = before.textLines()[row]
        #expect(state.tab == .linkage, "the person's links after the first are events")
        if let entry = state.records.timeline[safe: state.linkage.list.selected ?? -1] {
            #expect(shown.contains(entry.start?.description ?? "?") || shown.contains(String(entry.title.prefix(3))), "\(shown)")
        }
    }

    @Test func theBottomBorderSaysHowManyLinesAreBelow() {
        let state = Opening.person.open(width: 40, height: 12, language: .chinese)
        #expect(bottomBorder(state).contains("↓ 还有 6 行"), "\(bottomBorder(state))")
        var english = Opening.person.open(width: 40, height: 12, language: .english)
        #expect(bottomBorder(english).contains("↓ 7 more"), "\(bottomBorder(english))")
        send(&english, .char("G"))
        #expect(bottomBorder(english).contains("↑ 7 above"), "\(bottomBorder(english))")
        // Where everything shows, the border is plain.
        let wide = Opening.person.open(width: 80, height: 24, language: .chinese)
        #expect(!bottomBorder(wide).contains("行"), "\(bottomBorder(wide))")
    }

    @Test func personOverlaySnapshots() {
        var state = Opening.person.open(width: 40, height: 12, language: .chinese)
        expectScreen(state, snapshot: "personOverlay40x12")
        send(&state, .char("G"))
        expectScreen(state, snapshot: "personOverlayEnd40x12")
        var english = Opening.person.open(width: 40, height: 12, language: .english)
        send(&english, .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"), .char("j"))
        expectScreen(english, snapshot: "personOverlayEnglishScrolled40x12")
        expectScreen(Opening.person.open(width: 80, height: 24, language: .chinese), snapshot: "personOverlay80x24")
        expectScreen(Opening.person.open(width: 80, height: 24, language: .english), snapshot: "personOverlayEnglish80x24")
    }

    @Test func eventOverlaySnapshots() {
        expectScreen(Opening.event.open(width: 40, height: 12, language: .chinese), snapshot: "eventOverlay40x12")
        expectScreen(Opening.event.open(width: 40, height: 12, language: .english), snapshot: "eventOverlayEnglish40x12")
        var state = Opening.event.open(width: 80, height: 24, language: .chinese)
        send(&state, .key(KeyEvent(.end)))
        expectScreen(state, snapshot: "eventOverlayEnd80x24")
        expectScreen(Opening.event.open(width: 80, height: 24, language: .english), snapshot: "eventOverlayEnglish80x24")
    }
}

extension Array {
    subscript(safe index: Int) -> Element? { indices.contains(index) ? self[index] : nil }
}
