import LibcoopRender
import Testing
@testable import LibcoopTestSupport

/// A run loop on a scripted terminal ends whether or not its script ends with the quit key; a
/// script that runs out fails the test instead of spinning the loop.
@Suite struct ScriptedTerminalTests {
    /// A program that waits for ever for keys, as a terminal program does, and counts them until Esc.
    static func run(on terminal: inout ScriptedTerminal) -> [InputEvent] {
        var seen: [InputEvent] = []
        while true {
            terminal.draw(Grid(width: 4, height: 1))
            guard let event = terminal.nextEvent(timeout: nil) else { continue }
            if event == .key(KeyEvent(.escape)) { return seen }
            seen.append(event)
        }
    }

    @Test func aScriptEndingWithTheQuitKeyRunsToItsEnd() {
        var terminal = ScriptedTerminal(size: Size(width: 4, height: 1), stop: [.key(KeyEvent(.escape))])
        terminal.inject([.key(KeyEvent(.character("a"))), .key(KeyEvent(.escape))])
        #expect(Self.run(on: &terminal) == [.key(KeyEvent(.character("a")))])
        #expect(!terminal.ranOutOfInput)
    }

    @Test func aScriptWithoutTheQuitKeyFailsAndTheLoopIsStopped() {
        var terminal = ScriptedTerminal(size: Size(width: 4, height: 1), stop: [.key(KeyEvent(.character("x"))), .key(KeyEvent(.escape))])
        terminal.inject(.key(KeyEvent(.character("a"))))
        var seen: [InputEvent] = []
        withKnownIssue("the script ran out of input") {
            seen = Self.run(on: &terminal)
        }
        #expect(terminal.ranOutOfInput)
        #expect(seen == [.key(KeyEvent(.character("a"))), .key(KeyEvent(.character("x")))], "the script, then the stop keys in order")
    }

    @Test func aWaitWithATimeoutSeesNothingWithoutFailing() {
        var terminal = ScriptedTerminal(size: Size(width: 4, height: 1), stop: [.key(KeyEvent(.escape))])
        #expect(terminal.nextEvent(timeout: .milliseconds(100)) == nil)
        #expect(!terminal.ranOutOfInput)
    }
}
