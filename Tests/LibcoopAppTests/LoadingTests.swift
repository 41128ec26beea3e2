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
