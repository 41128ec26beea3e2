import Foundation
import Glibc
import LibcoopRender
import Testing
@testable import LibcoopBackend

@Suite("Ambiguous-width probe")
struct AmbiguousWidthProbeTests {
    // MARK: - Parsing the cursor-position report

    @Test func aReportGivesRowAndColumn() {
        #expect(CursorPositionReport(parsing: Array("\u{1B}[12;3R".utf8)) == CursorPositionReport(row: 12, column: 3))
    }

    @Test func keysTypedBeforeTheReportAreSkipped() {
        #expect(CursorPositionReport(parsing: Array("jk\u{1B}[A\u{1B}[1;2R".utf8))?.column == 2)
    }

    @Test("keys typed before and after the report are kept, in order, and the report taken out")
    func keysAroundTheReportAreKept() {
        let measured = AmbiguousWidthProbe.measurement(from: Array("3\u{1B}[B\u{1B}[7;3RjR".utf8))
        #expect(measured.width == .wide)
        #expect(measured.typedAhead == Array("3\u{1B}[BjR".utf8))
    }

    @Test("without a whole report, a report cut short at the end is left out and the keys before it kept")
    func aReportCutShortIsLeftOut() {
        for cut in ["\u{1B}", "\u{1B}[", "\u{1B}[7", "\u{1B}[7;", "\u{1B}[7;3"] {
            let measured = AmbiguousWidthProbe.measurement(from: Array("jk\(cut)".utf8))
            #expect(measured.width == nil)
            #expect(measured.typedAhead == Array("jk".utf8), "after \(cut.debugDescription): \(measured.typedAhead)")
            #expect(measured.cutReport == Array(cut.utf8))
        }
        // An Alt key or an arrow at the end is a key, not a report.
        #expect(AmbiguousWidthProbe.measurement(from: Array("j\u{1B}x".utf8)).typedAhead == Array("j\u{1B}x".utf8))
        #expect(AmbiguousWidthProbe.measurement(from: Array("\u{1B}[A".utf8)).typedAhead == Array("\u{1B}[A".utf8))
    }

    @Test(arguments: ["", "\u{1B}[1;", "\u{1B}[1;2", "\u{1B}[;2R", "\u{1B}[1;R", "\u{1B}[12R", "\u{1B}[1;2;3R",
                      "\u{1B}1;2R", "[1;2R", "\u{1B}[1;x2R", "\u{1B}[1;12345678R"])
    func incompleteOrMalformedReportsAreNone(text: String) {
        #expect(CursorPositionReport(parsing: Array(text.utf8)) == nil)
    }

    @Test func columnTwoIsNarrowThreeIsWideOthersUnknown() {
        #expect(AmbiguousWidthProbe.width(after: CursorPositionReport(row: 1, column: 2)) == .narrow)
        #expect(AmbiguousWidthProbe.width(after: CursorPositionReport(row: 9, column: 3)) == .wide)
        #expect(AmbiguousWidthProbe.width(after: CursorPositionReport(row: 1, column: 1)) == nil)
        #expect(AmbiguousWidthProbe.width(after: CursorPositionReport(row: 1, column: 40)) == nil)
    }

    // MARK: - On a pseudo-terminal

    @Test func aWideAmbiguousTerminalIsDetected() throws {
        let outcome = try probe(answeringColumn: 3, timeout: Self.answerTimeout)
        #expect(outcome.width == .wide)
        #expect(outcome.written.hasPrefix("\r\u{B7}\u{1B}[6n"), "probe written: \(outcome.written.debugDescription)")
        #expect(outcome.written.hasSuffix("\r\u{1B}[K"), "the probe is not erased: \(outcome.written.debugDescription)")
    }

    @Test func aNarrowTerminalIsDetected() throws {
        let outcome = try probe(answeringColumn: 2, timeout: Self.answerTimeout)
        #expect(outcome.width == .narrow)
        #expect(outcome.written.hasSuffix("\r\u{1B}[K"))
    }

    @Test func aTerminalThatAnswersNothingCountsAsUnknownQuickly() throws {
        let outcome = try probe(answeringColumn: nil, timeout: AmbiguousWidthProbe.defaultTimeout)
        #expect(outcome.width == nil)
        #expect(outcome.elapsed < .seconds(1), "the probe waited \(outcome.elapsed)")
        #expect(outcome.written.hasSuffix("\r\u{1B}[K"), "the probe is not erased: \(outcome.written.debugDescription)")
    }

    @Test("a key typed before the terminal answers is handed back, not dropped")
    func aKeyTypedBeforeTheAnswerIsHandedBack() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        terminal.write("3")
        let measuring = ProbeThread(terminal.follower, timeout: Self.answerTimeout)
        _ = terminal.read(until: "\u{1B}[6n", timeout: .seconds(5))
        terminal.write("\u{1B}[7;2R")
        #expect(measuring.result() == .narrow)
        #expect(measuring.typedAhead == Array("3".utf8))
    }

    @Test func theTerminalModesAreGivenBack() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        var before = termios()
        tcgetattr(terminal.follower, &before)
        let follower = terminal.follower
        _ = ProbeThread(follower, timeout: .milliseconds(50)).result()
        var after = termios()
        tcgetattr(terminal.follower, &after)
        #expect(after.c_lflag == before.c_lflag)
        #expect(after.c_iflag == before.c_iflag)
    }

    // MARK: - Helpers

    /// The wait for an answer given where the test plays a terminal that answers: its thread can
    /// be late by far more than the default timeout on a busy machine, and the probe returns as
    /// soon as the answer comes.
    static let answerTimeout: Duration = .seconds(10)

    struct Outcome {
        var width: AmbiguousWidth?
        var written: String
        var elapsed: Duration
    }

    /// Runs the probe, waiting up to `timeout`, on a pseudo-terminal whose other side answers the
    /// position request with `column` (row 7), or not at all when nil; `elapsed` is the probe's own
    /// time. Runs on a thread of its own: the test's side blocks reading, which must not starve
    /// the probe.
    func probe(answeringColumn column: Int?, timeout: Duration) throws -> Outcome {
        let terminal = try PseudoTerminal()
        defer { terminal.close() }
        let follower = terminal.follower
        let measuring = ProbeThread(follower, timeout: timeout)
        var written = terminal.read(until: "\u{1B}[6n", timeout: .seconds(5))
        if let column { terminal.write("\u{1B}[7;\(column)R") }
        let width = measuring.result()
        written += terminal.read(until: "\u{1B}[K", timeout: .seconds(2))
        return Outcome(width: width, written: written, elapsed: measuring.elapsed)
    }
}

/// The probe running on its own thread.
final class ProbeThread: @unchecked Sendable {
    private var width: AmbiguousWidth?
    /// The keys the probe read besides the report (read after `result()`).
    private(set) var typedAhead: [UInt8] = []
    /// How long the probe itself took (read after `result()`).
    private(set) var elapsed: Duration = .zero
    private let finished = DispatchSemaphore(value: 0)

    init(_ descriptor: Int32, timeout: Duration) {
        Thread.detachNewThread { [self] in
            let started = ContinuousClock.now
            let measured = AmbiguousWidthProbe.measure(input: descriptor, output: descriptor, timeout: timeout)
            width = measured.width
            typedAhead = measured.typedAhead
            elapsed = ContinuousClock.now - started
            finished.signal()
        }
    }

    /// The probe's answer, once it has finished.
    func result() -> AmbiguousWidth? {
        finished.wait()
        return width
    }
}

/// A pseudo-terminal pair: the test plays the terminal on `leader`, the code under test uses `follower`.
struct PseudoTerminal {
    let leader: Int32
    let follower: Int32

    struct OpenError: Error {}

    /// libc's pseudo-terminal calls, which the Glibc module does not declare (they need `_XOPEN_SOURCE`).
    private typealias OpenLeader = @convention(c) (Int32) -> Int32
    private typealias Prepare = @convention(c) (Int32) -> Int32
    private typealias FollowerName = @convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32

    private static func libc<Function>(_ name: String, as type: Function.Type) throws -> Function {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), name) else { throw OpenError() }
        return unsafeBitCast(symbol, to: type)
    }

    init() throws {
        let openLeader = try Self.libc("posix_openpt", as: OpenLeader.self)
        let grant = try Self.libc("grantpt", as: Prepare.self)
        let unlock = try Self.libc("unlockpt", as: Prepare.self)
        let followerName = try Self.libc("ptsname_r", as: FollowerName.self)
        leader = openLeader(O_RDWR | O_NOCTTY)
        var name = [CChar](repeating: 0, count: 128)
        guard leader >= 0, grant(leader) == 0, unlock(leader) == 0, followerName(leader, &name, name.count) == 0 else {
            throw OpenError()
        }
        follower = open(name, O_RDWR | O_NOCTTY)
        guard follower >= 0 else { throw OpenError() }
    }

    func close() {
        _ = Glibc.close(follower)
        _ = Glibc.close(leader)
    }

    func write(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.write(leader, $0.baseAddress, $0.count) }
    }

    /// What the follower side wrote, read until `marker` appears or `timeout` passes.
    func read(until marker: String, timeout: Duration) -> String {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 256)
        while !String(decoding: bytes, as: UTF8.self).contains(marker), ContinuousClock.now < deadline {
            var descriptor = pollfd(fd: leader, events: Int16(POLLIN), revents: 0)
            guard poll(&descriptor, 1, 50) > 0 else { continue }
            let count = Glibc.read(leader, &buffer, buffer.count)
            if count > 0 { bytes += buffer[0..<count] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
