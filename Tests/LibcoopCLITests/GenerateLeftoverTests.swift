import Foundation
import LibcoopTestSupport
import Testing

/// A `generate --output` killed with SIGKILL (which nothing can catch) leaves its temporary file,
/// `.NAME.libcoop-tmp-PID`, beside the output. The next run to that output removes such files of
/// processes that no longer exist, and nothing else.
@Suite struct GenerateLeftoverTests {
    @Test func aRunKilledMidWriteLeavesNothingOnceTheNextRunIsDone() throws {
        let scratch = try ScratchDirectory("generate-killed")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        let process = try CommandRunner.start(["generate", "--libraries", "100", "--staff", "2000000", "--output", path])
        let temporary = scratch.path(".out.json.libcoop-tmp-\(process.pid)")
        let deadline = Date().addingTimeInterval(20)
        var status = stat()
        while process.isRunning, Date() < deadline, stat(temporary, &status) != 0 || status.st_size < 100_000 {
            usleep(1_000)
        }
        #expect(process.isRunning, "the run ended before it could be killed")
        kill(process.pid, SIGKILL)
        _ = try process.wait()
        #expect(try scratch.entries() == [".out.json.libcoop-tmp-\(process.pid)"], "the killed run's file is not there to clean up")

        let next = try CommandRunner.run(["generate", "--staff", "50", "--output", path])
        #expect(next.status == 0, "\(next.error)")
        #expect(try scratch.entries() == ["out.json"])
        #expect(try CommandRunner.run(["validate", path]).status == 0)
    }

    /// Only files of exactly that form, for this output, of a process that is gone, and only
    /// regular files: a live process's file, another output's, a look-alike and a symbolic link
    /// (with what it points to) stay.
    @Test func onlyAbandonedTemporaryFilesOfThisOutputAreRemoved() throws {
        let scratch = try ScratchDirectory("generate-cleanup")
        defer { scratch.remove() }
        let outside = try ScratchDirectory("generate-cleanup-outside")
        defer { outside.remove() }
        let gone = try Self.pidOfAnEndedProcess()
        let alive = getpid()
        let target = outside.path("precious.json")
        try Data("precious\n".utf8).write(to: URL(fileURLWithPath: target))
        let kept = [
            ".out.json.libcoop-tmp-\(alive)",
            ".other.json.libcoop-tmp-\(gone)",
            ".out.json.libcoop-tmp-\(gone)x",
            ".out.json.libcoop-tmp-\(gone)-",
            "out.json.libcoop-tmp-\(gone)",
            ".out.json.libcoop-tmp-",
        ]
        for name in kept + [".out.json.libcoop-tmp-\(gone)", ".out.json.libcoop-tmp-\(gone)-3"] {
            try Data("left\n".utf8).write(to: URL(fileURLWithPath: scratch.path(name)))
        }
        let link = ".out.json.libcoop-tmp-\(gone)-1"
        try FileManager.default.createSymbolicLink(atPath: scratch.path(link), withDestinationPath: target)

        let result = try CommandRunner.run(["generate", "--staff", "5", "--output", scratch.path("out.json")])
        #expect(result.status == 0, "\(result.error)")
        #expect(try scratch.entries() == (kept + [link, "out.json"]).sorted())
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "precious\n")
    }

    /// The id of a process that has ended and been reaped (so no process has it, unless reused
    /// at once, which a fresh id makes unlikely).
    static func pidOfAnEndedProcess() throws -> pid_t {
        let process = try SpawnedProcess(["/bin/true"])
        _ = try process.wait()
        return process.pid
    }
}
