import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop generate --output FILE` writes a temporary file beside FILE and renames it into place:
/// a reader of FILE sees the old contents or the complete new ones, and a failed write leaves the
/// old file as it was, with nothing left beside it.
@Suite struct GenerateOutputTests {
    static let oldContents = Data("{\"format\": \"libcoop/1\"}\n".utf8)

    @Test func anExistingFileIsReplacedWholeThroughATemporaryFileBesideIt() throws {
        let scratch = try ScratchDirectory("generate-replace")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try Self.oldContents.write(to: URL(fileURLWithPath: path))

        let process = Process()
        process.executableURL = CommandRunner.binary
        process.arguments = ["generate", "--libraries", "100", "--staff", "30000", "--output", path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let temporary = ".out.json.libcoop-tmp-\(process.processIdentifier)"

        var sawTemporary = false
        var firstNewContents: Data?
        while process.isRunning {
            let entries = try scratch.entries()
            #expect(entries.allSatisfy { $0 == "out.json" || $0 == temporary }, "\(entries)")
            sawTemporary = sawTemporary || entries.contains(temporary)
            if firstNewContents == nil {
                let seen = try Data(contentsOf: URL(fileURLWithPath: path))
                if seen != Self.oldContents { firstNewContents = seen }
            }
            usleep(500)
        }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let final = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(final.count > 1_000_000)
        if let firstNewContents {
            #expect(firstNewContents == final, "a reader saw \(firstNewContents.count) of \(final.count) bytes")
        }
        #expect(sawTemporary, "the temporary file was never seen beside the output")
        #expect(try scratch.entries() == ["out.json"])
        let validation = try CommandRunner.run(["validate", path])
        #expect(validation.status == 0, "\(validation.error.prefix(300))")
    }

    /// The write fails part way: a file size limit of 16 blocks (with SIGXFSZ ignored, so `write`
    /// returns EFBIG rather than the process being killed).
    @Test func aWriteThatFailsLeavesTheOldFileAndNoTemporaryFile() throws {
        let scratch = try ScratchDirectory("generate-fail")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try Self.oldContents.write(to: URL(fileURLWithPath: path))
        let limited = ["/bin/sh", "-c", "trap '' XFSZ; ulimit -f 16; exec \"$0\" \"$@\""]
        let result = try CommandRunner.run(["generate", "--staff", "5000", "--output", path], launcher: limited)
        #expect(result.status == 73, "\(result.error)")
        #expect(result.error.contains("cannot write \(path)"), "\(result.error)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.oldContents)
        #expect(try scratch.entries() == ["out.json"])
    }

    /// A temporary file left by a run that was killed, under the name this run would choose (the
    /// shell makes it under its own process id, which `exec` hands on to libcoop).
    @Test func aLeftoverTemporaryFileDoesNotStopTheNextRun() throws {
        let scratch = try ScratchDirectory("generate-leftover")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try Self.oldContents.write(to: URL(fileURLWithPath: path))
        let leftover = ["/bin/sh", "-c", "echo leftover > \"$(dirname \"$OUT\")/.out.json.libcoop-tmp-$$\"; exec \"$0\" \"$@\""]
        let result = try CommandRunner.run(["generate", "--staff", "50", "--output", path], environment: ["OUT": path], launcher: leftover)
        #expect(result.status == 0, "\(result.error)")
        #expect(try CommandRunner.run(["validate", path]).status == 0)
        let entries = try scratch.entries()
        #expect(entries.count == 2 && entries.last == "out.json", "\(entries)")
        let left = try #require(entries.first)
        #expect(try String(contentsOfFile: scratch.path(left), encoding: .utf8) == "leftover\n", "another run's file is not touched")
    }

    /// Ctrl-C (or a SIGTERM, or the terminal closing) in the middle of writing removes the
    /// temporary file, keeps the old file, and ends the process by that signal, as a shell expects.
    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func anInterruptedRunRemovesItsTemporaryFile(_ signal: Int32) throws {
        let scratch = try ScratchDirectory("generate-interrupt")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try Self.oldContents.write(to: URL(fileURLWithPath: path))
        let process = try CommandRunner.start(["generate", "--libraries", "100", "--staff", "2000000", "--output", path])
        let temporary = scratch.path(".out.json.libcoop-tmp-\(process.pid)")
        let deadline = Date().addingTimeInterval(20)
        var status = stat()
        while process.isRunning, Date() < deadline, stat(temporary, &status) != 0 || status.st_size < 100_000 {
            usleep(1_000)
        }
        #expect(process.isRunning, "the run ended before it could be interrupted")
        kill(process.pid, signal)
        let ending = try process.wait()
        #expect(ending.signal == signal, "ended by exit \(ending.status), signal \(ending.signal.map(String.init) ?? "none")")
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == Self.oldContents)
        #expect(try scratch.entries() == ["out.json"])
    }

    @Test func aDirectoryInTheWayIsAnErrorAndKeepsItsContents() throws {
        let scratch = try ScratchDirectory("generate-directory")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        try Self.oldContents.write(to: URL(fileURLWithPath: path + "/inside.json"))
        let result = try CommandRunner.run(["generate", "--output", path])
        #expect(result.status == 73, "\(result.error)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: path) == ["inside.json"])
        #expect(try scratch.entries() == ["out.json"])
    }
}
