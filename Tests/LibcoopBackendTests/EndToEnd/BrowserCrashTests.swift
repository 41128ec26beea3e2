import Foundation
import LibcoopTestSupport
import Testing

/// The real `libcoop` browser crashing in a real terminal (tmux): a fault signal sent from
/// outside, and a real Swift trap (`LIBCOOP_DEBUG_TRAP=1`). The user must get the terminal back,
/// one short message naming the crash report, and the shell prompt within a second or two; never
/// the Swift backtracer's interactive prompt or a process left sleeping.
@Suite("Browser crashes in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserCrashTests {
    let browser = BrowserEndToEndTests()
    let hardening = BrowserHardeningTests()

    /// How soon a crashed libcoop must have ended: the backtracer symbolicating the debug build
    /// takes seconds on a busy machine, and the interactive prompt that must never show waits 30 s.
    static let endsWithin: Duration = .seconds(15)

    /// A way of crashing the browser, and the status the shell must see (128 + the signal).
    enum Crash: CaseIterable, CustomTestStringConvertible, Sendable {
        case segmentationFault, busError, illegalInstruction, floatingPoint, abort, trap
        var testDescription: String {
            switch self {
            case .segmentationFault: "SIGSEGV → 139"
            case .busError: "SIGBUS → 135"
            case .illegalInstruction: "SIGILL → 132"
            case .floatingPoint: "SIGFPE → 136"
            case .abort: "SIGABRT → 134"
            case .trap: "preconditionFailure (LIBCOOP_DEBUG_TRAP=1) → 132"
            }
        }
        /// The signal sent from outside; nil for the trap the program hits itself.
        var signal: Int32? {
            switch self {
            case .segmentationFault: SIGSEGV
            case .busError: SIGBUS
            case .illegalInstruction: SIGILL
            case .floatingPoint: SIGFPE
            case .abort: SIGABRT
            case .trap: nil
            }
        }
        /// SIGILL on x86-64; a trap is SIGTRAP on arm64.
        var statuses: Set<Int> {
            guard let signal else { return [132, 133] }
            return [128 + Int(signal)]
        }
    }

    @Test("A crash gives the terminal back, names a saved report and ends the process at once", arguments: Crash.allCases)
    func crash(_ crash: Crash) throws {
        let folder = try ScratchDirectory("crash-state")
        defer { folder.remove() }
        let state = folder.path("state")
        var environment = ["XDG_STATE_HOME": state]
        if crash == .trap { environment["LIBCOOP_DEBUG_TRAP"] = "1" }
        // The trap comes right after the first frame, which is then gone before it can be seen.
        let run = try BrowserRun(width: 100, height: 30, environment: environment, firstFrame: crash == .trap ? nil : "金陵图书馆")
        defer { run.close() }
        let process = try run.pid()

        let crashed = ContinuousClock.now
        if let signal = crash.signal {
            #expect(kill(process, signal) == 0)
        }
        #expect(hardening.waitForState(process, timeout: Self.endsWithin) { $0 == nil || $0 == "Z" },
                "libcoop \(process) still running \(Self.endsWithin) after the crash: \(browser.shown(run.session))")
        let ended = ContinuousClock.now - crashed
        if crash.signal != nil {
            #expect(ended < Self.endsWithin, "libcoop took \(ended) to end after the signal")
        }
        let report = try checks(run, statuses: crash.statuses, stateFolder: state)
        if crash == .trap {
            #expect(report.contains("DebugTrapBackend"), "the report does not show where the trap was:\n\(report)")
        }
    }

    @Test("A report folder that cannot be made: the terminal back, a message saying so, the process ended")
    func reportCannotBeSaved() throws {
        let folder = try ScratchDirectory("crash-state")
        defer { folder.remove() }
        // A file where the state folder would be: mkdir fails with ENOTDIR, even for root.
        try Data("in the way\n".utf8).write(to: URL(fileURLWithPath: folder.path("state")))
        let run = try BrowserRun(width: 100, height: 30, environment: ["XDG_STATE_HOME": folder.path("state")])
        defer { run.close() }
        let process = try run.pid()
        #expect(kill(process, SIGSEGV) == 0)
        #expect(hardening.waitForState(process, timeout: Self.endsWithin) { $0 == nil || $0 == "Z" }, "libcoop still running")
        try GalleryEndToEndTests().expectRestored(run.session, run.folder, status: [139])
        let screen = try run.session.screen().map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(screen.contains("libcoop 崩溃了（SIGSEGV）。无法把报告保存到 \(folder.path("state"))/libcoop/crash-"), "\(screen)")
        #expect(!screen.contains("Press space") && !screen.contains("Thread 0"), "the backtracer wrote to the terminal: \(screen)")
    }

    /// The terminal given back, the status, one message naming the report, and the report itself,
    /// whose text it returns.
    @discardableResult
    private func checks(_ run: BrowserRun, statuses: Set<Int>, stateFolder: String,
                        sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try GalleryEndToEndTests().expectRestored(run.session, run.folder, status: statuses, sourceLocation: sourceLocation)
        let before = run.folder.read("termios-before")
        #expect(before != nil && before == run.folder.read("termios-after"),
                "stty -g before \(before ?? "none"), after \(run.folder.read("termios-after") ?? "none")", sourceLocation: sourceLocation)
        let screen = try run.session.screen().joined(separator: "\n")
        #expect(!screen.contains("Press space") && !screen.contains("to debug"), "the backtracer's prompt showed:\n\(screen)",
                sourceLocation: sourceLocation)

        let reportFolder = stateFolder + "/libcoop"
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: reportFolder)) ?? []
        #expect(reports.count == 1, "reports in \(reportFolder): \(reports)", sourceLocation: sourceLocation)
        guard let report = reports.first else { return "" }
        let reportPath = reportFolder + "/" + report
        let size = (try? FileManager.default.attributesOfItem(atPath: reportPath)[.size] as? Int) ?? 0
        #expect(size > 0, "the report \(reportPath) is empty", sourceLocation: sourceLocation)
        // tmux wraps a long path across rows: look for it in the screen's text run together.
        let joined = try run.session.screen().map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        #expect(joined.contains(reportPath), "the message does not name \(reportPath):\n\(screen)", sourceLocation: sourceLocation)
        #expect(screen.contains("libcoop 崩溃了"), "no crash message:\n\(screen)", sourceLocation: sourceLocation)
        return (try? String(contentsOfFile: reportPath, encoding: .utf8)) ?? ""
    }
}
