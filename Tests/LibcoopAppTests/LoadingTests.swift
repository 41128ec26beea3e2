import Foundation
import LibcoopRender
import Synchronization
import Testing
@testable import LibcoopApp

/// A large dataset loads behind a progress screen: the work runs on its own thread, reports its
/// steps, and the screen says what is happening and for how long.
@Suite struct LoadingTests {
    @Test func theLoadingScreenSaysWhatIsLoadingForHowLongAndHowToCancel() {
        let grid = LoadingView.render(size: Size(width: 60, height: 9), step: "正在读取 staff.json（256 MB）",
                                      elapsed: .milliseconds(3_250), tick: 0, language: .chinese)
        let lines = grid.textLines()
        let message = try? #require(lines.first { $0.contains("正在读取") })
        #expect(message?.trimmingCharacters(in: .whitespaces) == "⠋ 正在读取 staff.json（256 MB）  3.2 s")
        #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == "q 取消" })
        let next = LoadingView.render(size: Size(width: 60, height: 9), step: "x", elapsed: .zero, tick: 1, language: .english)
        #expect(next.textLines().contains { $0.contains("⠙ x") }, "the spinner moves on each tick")
    }

    @Test func aTinyTerminalStillGetsAFrameWithoutCrashing() {
        for (width, height) in [(1, 1), (10, 3), (0, 0)] {
            let grid = LoadingView.render(size: Size(width: width, height: height), step: "正在为 1000000 人建立索引",
                                          elapsed: .seconds(1), tick: 3, language: .chinese)
            #expect(grid.area.width == width)
            #expect(grid.textLines().allSatisfy { $0.displayWidth <= width })
        }
    }

    @Test func backgroundWorkReportsItsStepsAndItsResult() async throws {
        let wakes = Atomic<Int>(0)
        let gate = DispatchSemaphore(value: 0)
        let work = BackgroundWork(firstStep: "reading", onChange: { wakes.add(1, ordering: .relaxed) }) { report -> Int in
            report("indexing")
            gate.wait()
            return 42
        }
        var waited = 0
        while work.step != "indexing" && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(work.step == "indexing")
        #expect(work.result == nil, "the result is not there before the work ends")
        gate.signal()
        waited = 0
        while work.result == nil && waited < 500 {
            try await Task.sleep(for: .milliseconds(10))
            waited += 1
        }
        #expect(work.result == 42)
        #expect(wakes.load(ordering: .relaxed) == 2, "the loop is woken after the step and at the end")
    }
}

/// The loading screen's model answers messages: progress moves it on, `q` or Esc gives up.
@Suite struct LoadingModelTests {
    @Test func progressMovesTheStepClockAndSpinnerOnAndQOrEscGivesUp() {
        var state = LoadingState(step: "Reading staff.json (256 MB)", language: .english)
        let first = Loading.view(state, size: Size(width: 60, height: 9)).textLines()
        #expect(Loading.update(&state, .progress(step: "Indexing 1000000 staff", elapsed: .milliseconds(1_500))) == .none)
        let next = Loading.view(state, size: Size(width: 60, height: 9)).textLines()
        #expect(next != first)
        #expect(next.contains { $0.contains("⠙ Indexing 1000000 staff  1.5 s") })
        #expect(Loading.update(&state, .input(.key(KeyEvent(.character("j"))))) == .none)
        #expect(Loading.update(&state, .input(.key(KeyEvent(.character("q"))))) == .giveUp)
        #expect(Loading.update(&state, .input(.key(KeyEvent(.escape)))) == .giveUp)
    }
}
