import Foundation
import LibcoopTestSupport
import Testing

/// How the commands treat the dataset files they read: a file rewritten while it is read, a file
/// they may not read, and the promise that reading never changes a file.
@Suite struct InputFileTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    /// A flag shared between the test and its writer thread.
    final class StopFlag: @unchecked Sendable {
        private let lock = NSLock()
        private var stopped = false
        var isSet: Bool { lock.withLock { stopped } }
        func set() { lock.withLock { stopped = true } }
    }

    /// libcoop reads a file once, whole, then decodes what it read. A writer that rewrites the
    /// file in place (truncate, then write in pieces) can be caught halfway; what was read is then
    /// a cut-off copy of one version, which fails with located problems (65), never a crash or a
    /// mixture that loads. A writer that replaces the file by renaming is seen as old or new.
    @Test func aFileRewrittenWhileCommandsReadItGivesOneVersionOrALocatedError() throws {
        let scratch = try ScratchDirectory("rewrite")
        defer { scratch.remove() }
        let path = scratch.path("data.json")
        let valid = try Data(contentsOf: URL(fileURLWithPath: Self.sample))
        let truncated = valid.prefix(valid.count / 2)
        try valid.write(to: URL(fileURLWithPath: path))
        let commands = [["validate", path], ["libraries", "--data", path]]
        var expected: [String: String] = [:]
        for command in commands {
            let result = try CommandRunner.run(command)
            #expect(result.status == 0)
            expected[command[0]] = result.output
        }

        let stop = StopFlag()
        let writerDone = DispatchSemaphore(value: 0)
        let writer = Thread {
            var round = 0
            while !stop.isSet {
                let version = round % 2 == 0 ? truncated : valid
                if round % 5 == 4 {
                    let temporary = path + ".new"
                    try? version.write(to: URL(fileURLWithPath: temporary))
                    rename(temporary, path)
                } else {
                    Self.rewriteInPlace(path, with: version)
                }
                round += 1
                usleep(300)
            }
            writerDone.signal()
        }
        writer.start()

        var outcomes: [Int32: Int] = [:]
        let deadline = Date().addingTimeInterval(1.5)
        var runs = 0
        while runs < 30 || Date() < deadline {
            let command = commands[runs % commands.count]
            runs += 1
            let result = try CommandRunner.run(command)
            #expect(result.exitedNormally, "\(command[0]) ended by signal \(result.status): \(result.error.prefix(300))")
            outcomes[result.status, default: 0] += 1
            switch result.status {
            case 0:
                #expect(result.output == expected[command[0]], "\(command[0]) printed something of neither version")
            case 65, 66:
                #expect(result.output.isEmpty)
                let lines = result.error.split(separator: "\n")
                #expect(lines.last?.hasPrefix("libcoop: ") == true, "\(result.error.prefix(300))")
                for line in lines.dropLast() {
                    #expect(line.hasPrefix(path + ":"), "a problem not placed in the file: \(line)")
                }
            default:
                Issue.record("\(command[0]) exited \(result.status): \(result.error.prefix(300))")
            }
        }
        stop.set()
        writerDone.wait()
        // With the writer switching versions every fraction of a millisecond, both are seen.
        #expect((outcomes[0] ?? 0) > 0 && (outcomes[65] ?? 0) > 0, "outcomes over \(runs) runs: \(outcomes)")
    }

    /// Truncates the file and writes `contents` in 4 KB pieces, as a careless editor would.
    private static func rewriteInPlace(_ path: String, with contents: Data) {
        let descriptor = open(path, O_WRONLY | O_TRUNC | O_CREAT, 0o644)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        contents.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(descriptor, buffer.baseAddress! + offset, min(4096, buffer.count - offset))
                if written <= 0 { return }
                offset += written
            }
        }
    }

    /// How to run libcoop as a user who is refused a file with mode 000: directly when the tests
    /// are not root; as root (root reads any file), through `setpriv` or `runuser` as `nobody`.
    /// `nil` only when the tests run as root and neither tool is installed.
    static let unprivilegedLauncher: [String]? = {
        if geteuid() != 0 { return [] }
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") {
            return ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]
        }
        for runuser in ["/usr/sbin/runuser", "/sbin/runuser"] where FileManager.default.isExecutableFile(atPath: runuser) {
            return [runuser, "-u", "nobody", "--"]
        }
        return nil
    }()

    @Test(.enabled(if: unprivilegedLauncher != nil, "running as root without setpriv or runuser: no user can be refused the file"))
    func aFileWithoutReadPermissionIsNamedWithPermissionDenied() throws {
        let launcher = try #require(Self.unprivilegedLauncher)
        let scratch = try ScratchDirectory("unreadable")
        defer { scratch.remove() }
        // The other user must reach the binary and the directory, wherever the checkout lives.
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: scratch.url.path)
        let executable = URL(fileURLWithPath: scratch.path("libcoop"))
        try FileManager.default.copyItem(at: CommandRunner.binary, to: executable)
        let path = scratch.path("secret.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)

        let readable = scratch.path("open.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: readable)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: readable)
        let control = try CommandRunner.run(["validate", readable], launcher: launcher, executable: executable)
        #expect(control.status == 0, "the unprivileged run works at all: \(control.error)")

        for command in [["validate", path], ["libraries", "--data", path]] {
            let result = try CommandRunner.run(command, launcher: launcher, executable: executable)
            #expect(result.status == 66, "\(command[0]): \(result.error)")
            #expect(result.error.contains("\(path): cannot open: permission denied"), "\(command[0]): \(result.error)")
        }
    }

    /// A file that opens but cannot be read: /proc/self/mem (libcoop's own memory) refuses a read
    /// at offset 0 with EIO, even for root.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem"), "no /proc on this system"))
    func aFileThatOpensButCannotBeReadIsUnreadable() throws {
        let result = try CommandRunner.run(["validate", "/proc/self/mem"])
        #expect(result.status == 66)
        #expect(result.error.contains("/proc/self/mem: cannot read: input/output error"), "\(result.error)")
    }

    @Test func readOnlyCommandsLeaveTheDataFileAndItsDirectoryAsTheyWere() throws {
        let scratch = try ScratchDirectory("read-only")
        defer { scratch.remove() }
        let path = scratch.path("nanjing.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: path)
        // An old modification time, so that any write would show even with coarse timestamps.
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000_000)], ofItemAtPath: path)
        let before = try Self.fileState(path)
        let entriesBefore = try scratch.entries()

        let commands: [[String]] = [
            ["validate", path], ["validate", "--json", path], ["libraries"], ["libraries", "--json"],
            ["floors", "yuhuatai"], ["programs", "--library", "yuhuatai"], ["timeline", "--json"],
            ["staff", "焦翔"], ["staff", "zhang", "--json"], ["search", "图书馆"], ["search", "阅览", "--json"],
        ]
        for command in commands {
            let arguments = command[0] == "validate" ? command : command + ["--data", path]
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            #expect(try Self.fileState(path) == before, "\(arguments) changed the data file")
            #expect(try scratch.entries() == entriesBefore, "\(arguments) left a file beside the data")
        }
    }

    /// The bytes and the modification and status-change times of a file.
    struct FileState: Equatable {
        var bytes: Data
        var modified: timespec
        var changed: timespec

        static func == (lhs: FileState, rhs: FileState) -> Bool {
            lhs.bytes == rhs.bytes
                && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
                && lhs.changed.tv_sec == rhs.changed.tv_sec && lhs.changed.tv_nsec == rhs.changed.tv_nsec
        }
    }

    static func fileState(_ path: String) throws -> FileState {
        var status = stat()
        guard stat(path, &status) == 0 else { throw CocoaError(.fileReadNoSuchFile) }
        return FileState(bytes: try Data(contentsOf: URL(fileURLWithPath: path)), modified: status.st_mtim, changed: status.st_ctim)
    }
}
