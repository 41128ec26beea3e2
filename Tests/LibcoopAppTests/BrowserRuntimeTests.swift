import LibcoopCore
import Synchronization
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// The run loop on an in-memory terminal: it draws, answers keys, reloads on `r` (keeping the old
/// data when the new is invalid), redraws at a new size, and stops on `q`.
@Suite struct BrowserRuntimeTests {
    @Test func reloadKeepsTheOldDataWhenTheNewIsInvalidAndSaysWhy() {
        var backend = ScriptedTerminal(size: Size(width: 100, height: 30), stop: stopBrowser)
        backend.inject([.key(KeyEvent(.character("j"))), .key(KeyEvent(.character("r"))), .key(KeyEvent(.character("q")))])
        var state = Browser.start(data: sampleData, size: backend.size, language: .english)
        let reloads = Mutex(0)
        BrowserRuntime.run(&state, on: &backend) {
            reloads.withLock { $0 += 1 }
            return .failure(ReloadFailure(message: "data.json:3:7: /libraries/0/tier: \"x\" is not a tier"))
        }
        #expect(reloads.withLock { $0 } == 1)
        #expect(state.selectedLibrary?.id == "yuhuatai", "the old data and the place in it stay")
        #expect(backend.screenLines.last?.contains("Reload failed: 1 problem; still showing the old data") == true)
        #expect(state.reloadProblems == ["data.json:3:7: /libraries/0/tier: \"x\" is not a tier"])
    }

    @Test func quitStopsTheLoopAndAResizeRedrawsAtTheNewSize() {
        var backend = ScriptedTerminal(size: Size(width: 80, height: 24), stop: stopBrowser)
        backend.inject(.key(KeyEvent(.character("2"))))
        backend.resize(to: Size(width: 120, height: 40))
        backend.inject(.key(KeyEvent(.character("q"))))
        var state = Browser.start(data: sampleData, size: Size(width: 80, height: 24), language: .chinese)
        BrowserRuntime.run(&state, on: &backend) { .success(sampleData) }
        #expect(state.size == Size(width: 120, height: 40))
        #expect(backend.lastFrame?.area.width == 120)
        #expect(state.tab == .floors)
    }

    @Test func aScriptThatRunsOutOfInputFailsInsteadOfWaitingForever() {
        var backend = ScriptedTerminal(size: Size(width: 80, height: 24), stop: stopBrowser)
        backend.inject([.char("j"), .char("/")])
        var state = Browser.start(data: sampleData, size: backend.size, language: .chinese)
        withKnownIssue("the script has no q") {
            BrowserRuntime.run(&state, on: &backend) { .success(sampleData) }
        }
        #expect(backend.ranOutOfInput)
        #expect(state.selectedLibrary?.id == "yuhuatai", "the scripted keys were handled before the script ran out")
    }
}
