import Foundation
import LibcoopTestSupport
import Testing

/// A command (not the browser) that crashes: one line on standard error naming the report file,
/// the report written there, and the process ended by the signal at once.
@Suite struct CrashReportTests {
    @Test func aCrashingCommandNamesItsReportAndEnds() throws {
        let scratch = try ScratchDirectory("crash-command")
        defer { scratch.remove() }
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_STATE_HOME"] = scratch.path("state")
        environment["LANG"] = "C.UTF-8"
        environment.removeValue(forKey: "LC_ALL")
        environment.removeValue(forKey: "LC_MESSAGES")
        environment.removeValue(forKey: "SWIFT_BACKTRACE")
        let errors = scratch.path("errors")
        let output = scratch.path("output")
        let process = try SpawnedProcess([CommandRunner.binary.path, "generate", "--libraries", "100", "--staff", "5000000"],
                                         environment: environment, output: output, errors: errors)
        // Crash it once it is writing (after the restart that sets up the backtracer), however
        // long a busy machine takes to get there.
        let deadline = ContinuousClock.now.advanced(by: .seconds(60))
        var status = stat()
        while process.isRunning, ContinuousClock.now < deadline, stat(output, &status) != 0 || status.st_size == 0 {
            usleep(1_000)
        }
        try #require(process.isRunning, "the run ended before it could be crashed")
        let signalled = ContinuousClock.now
        #expect(kill(process.pid, SIGSEGV) == 0)
        let ending = try process.wait()
        // The backtracer symbolicates the debug build, which takes seconds on a busy machine; the
        // interactive prompt this must never wait for gives up only after 30 s.
        #expect(ContinuousClock.now - signalled < .seconds(15))
        #expect(ending.signal == SIGSEGV, "ended by exit \(ending.status), signal \(ending.signal.map(String.init) ?? "none")")
        let message = (try? String(contentsOfFile: errors, encoding: .utf8)) ?? ""
        let folder = scratch.path("state") + "/libcoop"
        let reports = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        #expect(reports.count == 1, "\(reports)")
        let report = folder + "/" + (reports.first ?? "")
        #expect(message == "libcoop crashed (SIGSEGV). The full report is saved in \(report)\n", "\(message.debugDescription)")
        let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
        #expect(text.contains("Program crashed") && text.contains("Thread 0"), "\(text.prefix(500))")
    }
}
