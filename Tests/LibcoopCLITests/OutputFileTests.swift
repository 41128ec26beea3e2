import Foundation
import LibcoopTestSupport
import Testing

/// Where output goes is never damaged and never silently lost: `generate --output` writes through
/// devices and FIFOs, writes a symlink's target and keeps the link, and takes `-` for standard
/// output; a failed write to standard output is a message and exit 74, while a reader that closed
/// the pipe ends the run quietly.
@Suite struct OutputFileTests {
    static let small = ["generate", "--libraries", "3", "--staff", "5"]

    private static func fileType(_ path: String) -> mode_t {
        var status = stat()
        return lstat(path, &status) == 0 ? status.st_mode & S_IFMT : 0
    }

    @Test func aSymlinksTargetIsReplacedAndTheLinkKept() throws {
        let scratch = try ScratchDirectory("output-symlink")
        defer { scratch.remove() }
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: scratch.path("target.json")))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.json"), withDestinationPath: "target.json")
        let result = try CommandRunner.run(Self.small + ["--output", scratch.path("link.json")])
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.fileType(scratch.path("link.json")) == S_IFLNK)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: scratch.path("link.json")) == "target.json")
        #expect(try CommandRunner.run(["validate", scratch.path("target.json")]).status == 0)
        #expect(try scratch.entries() == ["link.json", "target.json"])
    }

    @Test func aSymlinkToAFileNotYetThereCreatesIt() throws {
        let scratch = try ScratchDirectory("output-dangling")
        defer { scratch.remove() }
        try FileManager.default.createSymbolicLink(atPath: scratch.path("link.json"), withDestinationPath: scratch.path("new.json"))
        let result = try CommandRunner.run(Self.small + ["--output", scratch.path("link.json")])
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.fileType(scratch.path("link.json")) == S_IFLNK)
        #expect(Self.fileType(scratch.path("new.json")) == S_IFREG)
    }

    @Test func aFIFOIsWrittenThroughAndStaysAFIFO() throws {
        let scratch = try ScratchDirectory("output-fifo")
        defer { scratch.remove() }
        let fifo = scratch.path("pipe")
        #expect(mkfifo(fifo, 0o600) == 0)
        let copy = scratch.path("copy.json")
        let reader = try SpawnedProcess(["/bin/sh", "-c", "cat \"$0\" > \"$1\"", fifo, copy])
        let result = try CommandRunner.run(Self.small + ["--output", fifo])
        let deadline = Date().addingTimeInterval(10)
        while reader.isRunning, Date() < deadline { usleep(10_000) }
        if reader.isRunning { kill(reader.pid, SIGKILL) }
        #expect(try reader.wait().status == 0, "the reader never got the data")
        #expect(result.status == 0, "\(result.error)")
        #expect(Self.fileType(fifo) == S_IFIFO)
        #expect(try CommandRunner.run(["validate", copy]).status == 0)
        #expect(try scratch.entries() == ["copy.json", "pipe"])
    }

    @Test func aFullDeviceIsAnErrorAndStaysADevice() throws {
        let result = try CommandRunner.run(Self.small + ["--output", "/dev/full"])
        #expect(result.status == 73)
        #expect(result.error == "libcoop: cannot write /dev/full: no space left on device\n")
        #expect(Self.fileType("/dev/full") == S_IFCHR)
    }

    @Test(arguments: ["-", "/dev/stdout"])
    func standardOutputByNameIsWrittenNotReplaced(_ name: String) throws {
        let linkBefore = Self.fileType("/dev/stdout")
        let result = try CommandRunner.run(Self.small + ["--output", name])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.hasPrefix("{\n\"format\": \"libcoop/1\""))
        #expect(Self.fileType("/dev/stdout") == linkBefore)
        #expect(!FileManager.default.fileExists(atPath: "-"))
    }

    /// `3>file` in a shell, named as `/dev/fd/3`: the descriptor is written, the file not replaced.
    @Test(arguments: ["/dev/fd/3", "/proc/self/fd/3"])
    func anInheritedDescriptorIsWrittenThrough(_ name: String) throws {
        let scratch = try ScratchDirectory("output-descriptor")
        defer { scratch.remove() }
        let path = scratch.path("out.json")
        try Data().write(to: URL(fileURLWithPath: path))
        let inode = try #require(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64)
        let launcher = ["/bin/sh", "-c", "exec \"$0\" \"$@\" 3>>\"$OUT\""]
        let result = try CommandRunner.run(Self.small + ["--output", name], environment: ["OUT": path], launcher: launcher)
        #expect(result.status == 0, "\(result.error)")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? UInt64 == inode)
        #expect(try CommandRunner.run(["validate", path]).status == 0)
        #expect(try scratch.entries() == ["out.json"])
    }

    @Test(arguments: [["staff", "zhang"], ["libraries", "--json"], ["generate"]])
    func aFailedWriteToStandardOutputIsAnErrorWithStatus74(_ command: [String]) throws {
        let full = ["/bin/sh", "-c", "exec \"$0\" \"$@\" > /dev/full"]
        let result = try CommandRunner.run(command, launcher: full)
        #expect(result.status == 74, "\(command)")
        #expect(result.error == "libcoop: cannot write to standard output: no space left on device\n")
    }

    /// `| head` closes the pipe early: no message, whether SIGPIPE ends the run or is ignored.
    @Test(arguments: ["", "trap '' PIPE; "])
    func aClosedPipeEndsTheRunQuietly(_ setup: String) throws {
        let scratch = try ScratchDirectory("output-pipe")
        defer { scratch.remove() }
        let errors = scratch.path("errors")
        let pipeline = ["/bin/sh", "-c", "\(setup)\"$0\" \"$@\" 2>\"$ERRORS\" | head -c 10 > /dev/null"]
        let result = try CommandRunner.run(["generate", "--libraries", "50", "--staff", "20000"], environment: ["ERRORS": errors], launcher: pipeline)
        #expect(result.status == 0)
        #expect(scratch.read("errors") == "", "\(scratch.read("errors") ?? "")")
    }
}
