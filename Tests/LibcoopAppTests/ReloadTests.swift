import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Reload (`r`) runs in the background behind a loading indicator, as the first load does, and
/// its problems are told in the UI's language: how many, and `p` lists them all in an overlay,
/// while the old data stays on screen (issue 14).
@Suite struct ReloadTests {
    static let problems = [
        "data.json:3:7: /libraries/0/tier: \"x\" is not a tier",
        "data.json:9:12: /staff/4/library: unknown library id \"yuhuatia\" (did you mean \"yuhuatai\"?)",
        "data.json:20:3: /events/1/spaces/0: unknown space id \"yht-nowhere\"",
    ]

    private func failed(_ language: Language, width: Int = 120, height: Int = 40) -> BrowserState {
        var state = startBrowser(width: width, height: height, language: language)
        send(&state, .char("j"))
        #expect(send(&state, .char("r")) == .reload)
        Browser.update(&state, .reloaded(.failure(ReloadFailure(problems: Self.problems))))
        return state
    }

    @Test func rShowsTheLoadingIndicatorUntilTheResultArrives() {
        var state = startBrowser(width: 80, height: 24, language: .chinese)
        #expect(send(&state, .char("r")) == .reload)
        #expect(footer(state).contains("正在重新载入"), "\(footer(state))")
        Browser.update(&state, .reloadProgress(elapsed: .milliseconds(1500)))
        #expect(footer(state).contains("1.5 s"), "\(footer(state))")
        // A second r while the first runs asks for nothing more.
        #expect(send(&state, .char("r")) == .none)
        Browser.update(&state, .reloaded(.success(sampleData)))
        #expect(state.reloading == nil)
        #expect(footer(state).contains("已重新载入"), "\(footer(state))")
    }

    @Test func theLoadingIndicatorReadsInEnglish() {
        var state = startBrowser(width: 80, height: 24, language: .english)
        send(&state, .char("r"))
        #expect(footer(state).contains("Reloading"), "\(footer(state))")
    }

    @Test func aFailedReloadSaysHowManyProblemsInChinese() {
        let state = failed(.chinese)
        #expect(footer(state).contains("重新载入失败"), "\(footer(state))")
        #expect(footer(state).contains("3 个问题"), "\(footer(state))")
        #expect(footer(state).contains("按 p"), "\(footer(state))")
        #expect(!footer(state).contains("Reload"), "no English under the Chinese UI: \(footer(state))")
        #expect(selectedLibraryID(state) == "yuhuatai", "the old data and the place in it stay")
        #expect(state.data.dataset.libraries.count == sampleData.dataset.libraries.count)
    }

    @Test func aFailedReloadSaysHowManyProblemsInEnglish() {
        let state = failed(.english)
        #expect(footer(state).contains("Reload failed: 3 problems"), "\(footer(state))")
        #expect(footer(state).contains("p lists them"), "\(footer(state))")
    }

    @Test func pListsEveryProblemAndEscClosesTheList() {
        var state = failed(.english)
        send(&state, .char("p"))
        guard case .problems = state.overlay else {
            Issue.record("p did not open the list of problems")
            return
        }
        let shown = screen(state).joined(separator: "\n")
        for problem in ["data.json:3:7: /libraries/0/tier", "data.json:9:12: /staff/4/library", "data.json:20:3: /events/1/spaces/0"] {
            #expect(shown.contains(problem), "\(problem) missing:\n\(shown)")
        }
        send(&state, .key(KeyEvent(.escape)))
        #expect(state.overlay == nil)
        // The list stays available until a reload succeeds.
        send(&state, .char("p"))
        if case .problems = state.overlay {} else { Issue.record("the problems are gone") }
        send(&state, .key(KeyEvent(.escape)), .char("r"))
        Browser.update(&state, .reloaded(.success(sampleData)))
        send(&state, .char("p"))
        #expect(state.overlay == nil)
        #expect(footer(state).contains("No problems"), "\(footer(state))")
    }

    @Test func theProblemListScrollsAtFortyByTwelve() {
        var state = startBrowser(width: 40, height: 12, language: .chinese)
        send(&state, .char("r"))
        let many = (1...30).map { "data.json:\($0):1: /staff/\($0)/name: 缺少必填成员 name" }
        Browser.update(&state, .reloaded(.failure(ReloadFailure(problems: many))))
        send(&state, .char("p"))
        #expect(screen(state).joined().contains("还有"), "a scroll indicator")
        send(&state, .char("G"))
        #expect(screen(state).joined().contains("data.json:30:1"), "\(screen(state).joined(separator: "\n"))")
        send(&state, .char("g"))
        #expect(screen(state).joined().contains("data.json:1:1"))
    }

    @Test func problemListSnapshots() {
        var chinese = failed(.chinese, width: 80, height: 24)
        send(&chinese, .char("p"))
        expectScreen(chinese, snapshot: "reloadProblems80x24")
        var english = failed(.english, width: 80, height: 24)
        send(&english, .char("p"))
        expectScreen(english, snapshot: "reloadProblemsEnglish80x24")
        var narrow = failed(.chinese, width: 40, height: 12)
        send(&narrow, .char("p"))
        expectScreen(narrow, snapshot: "reloadProblems40x12")
        var narrowEnglish = failed(.english, width: 40, height: 12)
        send(&narrowEnglish, .char("p"))
        expectScreen(narrowEnglish, snapshot: "reloadProblemsEnglish40x12")
    }

    @Test func theRuntimeReloadsInTheBackgroundAndKeysWaitForIt() {
        // r, then j at once: the reload finishes first, then j moves in the new data.
        var backend = ScriptedTerminal(size: Size(width: 100, height: 30), stop: stopBrowser)
        backend.inject([.char("r"), .char("j"), .char("q")])
        var state = Browser.start(data: sampleData, size: backend.size, language: .chinese)
        BrowserRuntime.run(&state, on: &backend) { .failure(ReloadFailure(problems: Self.problems)) }
        #expect(state.reloading == nil)
        #expect(state.reloadProblems.count == 3)
        #expect(selectedLibraryID(state) == "yuhuatai")
    }
}
