import Testing
@testable import LibcoopBackend

@Suite("A cursor-position report arriving after the probe gave up")
struct LateCursorReportTests {
    func characters(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    @Test func theReportIsFoundAmongKeys() {
        let burst = characters("j\u{1B}[12;3Rk")
        #expect(LateCursorReport.range(in: burst) == 1..<8)
    }

    @Test func anAltKeyOrAnArrowIsNotAReport() {
        #expect(LateCursorReport.range(in: characters("\u{1B}[5")) == nil)
        #expect(LateCursorReport.range(in: characters("\u{1B}[A\u{1B}j")) == nil)
        #expect(LateCursorReport.range(in: characters("\u{1B}[;3R")) == nil)
        #expect(LateCursorReport.range(in: characters("\u{1B}[5;R")) == nil)
        #expect(LateCursorReport.range(in: characters("5;3R")) == nil)
    }

    @Test func aReportAfterAFalseStartIsFound() {
        let burst = characters("\u{1B}[x\u{1B}[1;40R")
        #expect(LateCursorReport.range(in: burst) == 3..<10)
    }

    @Test func keyCodesBreakAReport() {
        let burst: [RawInput] = characters("\u{1B}[5") + [.keyCode(259)] + characters(";3R")
        #expect(LateCursorReport.range(in: burst) == nil)
    }
}
