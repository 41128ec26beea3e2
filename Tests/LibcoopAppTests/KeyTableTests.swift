import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// The key table is the one list of keys: every key it lists does something, the help lists
/// exactly its rows, and the tab keys follow the tabs there are.
@Suite struct KeyTableTests {
    /// Every row of the table: the shared keys and each tab's own.
    private static func allBindings(_ language: Language) -> [KeyBinding] {
        KeyBindings.global(language) + Tab.allCases.flatMap { $0.keyBindings(language) }
    }

    /// Places to press a key in: the tree, and each tab with the keys, at the top of its list and
    /// further down, and in the second library (which has floors, staff, programs and events).
    private static func places() -> [BrowserState] {
        var places = [startBrowser(), startBrowser()]
        send(&places[1], .char("j"))
        for tab in Tab.allCases {
            var top = places[1]
            send(&top, .char(Character("\(tab.rawValue + 1)")))
            var down = top
            send(&down, .key(.down), .key(.down))
            places += [top, down]
        }
        return places
    }

    @Test func everyKeyInTheTableDoesSomethingSomewhere() {
        let places = Self.places()
        for binding in Self.allBindings(.chinese) {
            for (key, _) in binding.commands {
                let answered = places.contains { place in
                    var state = place
                    let effect = Browser.update(&state, .key(key))
                    return effect != .none || screen(state) != screen(place)
                }
                #expect(answered, "\(key) (\(binding.keys): \(binding.help)) changed nothing anywhere")
            }
        }
    }

    @Test func everyKeyInTheTableSendsTheCommandItLists() {
        var state = startBrowser()
        send(&state, .char("j"), .char("5"))
        for binding in Self.allBindings(.english) {
            for (key, command) in binding.commands {
                #expect(KeyBindings.command(for: key, in: state) == command, "\(key)")
            }
        }
    }

    @Test func helpListsExactlyTheRowsOfTheTable() {
        let bindings = Self.allBindings(.english)
        let lines = HelpOverlay.lines(.english).map { $0.spans.map(\.text).joined() }
        let keyRows = lines.filter { $0.hasPrefix("  ") }
        #expect(Set(keyRows) == Set(bindings.map { "  " + $0.keys.padded(toWidth: 16) + $0.help }))
        #expect(keyRows.count == bindings.count)
        #expect(lines.count == KeyBindings.helpLineCount(.english))
        var state = startBrowser(width: 120, height: 60, language: .english)
        send(&state, .char("?"))
        #expect(screen(state).contains { $0.contains("  1–\(Tab.allCases.count)") && $0.contains("Overview, Floors, Staff, Programs, Linkage") })
    }

    @Test func theTabKeysAreOnePerTab() {
        var state = startBrowser(language: .english)
        for tab in Tab.allCases {
            send(&state, .char(Character("\(tab.rawValue + 1)")))
            #expect(state.tab == tab)
        }
        send(&state, .char(Character("\(Tab.allCases.count + 1)")))
        #expect(state.tab == Tab.allCases.last, "a key past the last tab switched tabs")
        #expect(screen(state).last?.contains("1-\(Tab.allCases.count)  tabs") == true)
    }

    @Test func aTabsOwnKeyWorksOnlyWhileThatTabHasTheKeys() {
        var state = startBrowser()
        send(&state, .char("j"), .char("5"))
        send(&state, .char("y"))
        #expect(state.linkage.year != nil)
        var other = startBrowser()
        send(&other, .char("j"), .char("4"))
        let before = screen(other)
        send(&other, .char("y"))
        #expect(screen(other) == before)
        #expect(other.linkage.year == nil)
    }

    /// Each kind of overlay open: at the top of its list (or scroll), and one line down.
    private static func overlayPlaces() -> [[BrowserState]] {
        var help = startBrowser(width: 60, height: 20)
        send(&help, .char("?"))
        var staffSearch = startBrowser()
        send(&staffSearch, .char("/"))
        type(&staffSearch, "zhang")
        var recordSearch = startBrowser()
        send(&recordSearch, .char(":"))
        type(&recordSearch, "tushuguan")
        var program = startBrowser()
        send(&program, .char("j"), .char("4"), .key(.enter))
        var entry = startBrowser()
        send(&entry, .char("j"), .char("5"), .key(.enter))
        var person = startBrowser()
        send(&person, .char("j"), .char("3"), .key(.enter))
        return [help, staffSearch, recordSearch, program, entry, person].map { top in
            var down = top
            send(&down, .key(.down))
            return [top, down]
        }
    }

    @Test func everyKeyOfAnOverlaysTableDoesSomethingThereAndTheFooterShowsItsHints() throws {
        for places in Self.overlayPlaces() {
            let overlay = try #require(places[0].overlay)
            for binding in OverlayBindings.bindings(for: overlay, places[0].language) {
                for (key, _) in binding.commands {
                    // Whole frames, styles included: a moved selection shows only as a highlight.
                    // Or an effect for the runtime (`e` asks for the editor).
                    let answered = places.contains { place in
                        var state = place
                        let effect = send(&state, .key(key))
                        return Browser.view(state) != Browser.view(place) || effect != .none
                    }
                    #expect(answered, "\(key) changed nothing in \(overlay)")
                }
            }
            let footer = try #require(screen(places[0]).last)
            for hint in OverlayBindings.hints(for: overlay, places[0].language) {
                #expect(footer.contains("\(hint.key)  \(hint.action)"), "footer \(footer) lacks \(hint)")
            }
        }
    }
}
