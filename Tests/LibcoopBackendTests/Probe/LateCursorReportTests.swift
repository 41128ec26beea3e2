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

    @Test("the rest of a report the probe's deadline cut short is removed with the part it read")
    func theRestOfACutReportIsRemoved() {
        let start = characters("\u{1B}[1")
        #expect(LateCursorReport.removing(from: characters("2;3Rj"), cutStart: start) == characters("j"))
        #expect(LateCursorReport.removing(from: characters("k"), cutStart: start) == nil, "keys typed before the rest came")
        #expect(LateCursorReport.removing(from: characters("j\u{1B}[4;5Rk"), cutStart: start) == characters("jk"),
                "a whole report later in the burst: the cut start stays dropped")
        #expect(LateCursorReport.removing(from: characters("j\u{1B}[4;5R"), cutStart: []) == characters("j"))
    }

    @Test func keyCodesBreakAReport() {
        let burst: [RawInput] = characters("\u{1B}[5") + [.keyCode(259)] + characters(";3R")
        #expect(LateCursorReport.range(in: burst) == nil)
    }
}
