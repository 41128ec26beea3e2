import Foundation

/// Runs the built `libcoop` binary as a user would, capturing its output and exit status.
public enum CommandRunner {
    public struct Result: Sendable {
        public var status: Int32
        public var output: String
        public var error: String
        /// False when the process was ended by a signal (a crash); `status` is then the signal.
        public var exitedNormally = true
    }

    /// The `libcoop` binary beside this test bundle (`swift test` builds it first).
    public static var binary: URL {
        URL(fileURLWithPath: BuiltExecutable.libcoop ?? RepositoryFiles.path(".build/debug/libcoop"))
    }

    /// The absolute path of `relative`, a path inside the repository.
    public static func path(_ relative: String) -> String {
        RepositoryFiles.path(relative)
    }

    /// Starts `libcoop arguments…` in the background with a clean signal state and its output
    /// discarded, to be signalled by the test.
    public static func start(_ arguments: [String]) throws -> SpawnedProcess {
        try SpawnedProcess([binary.path] + arguments)
    }

    /// Runs `libcoop arguments…` with stdout and stderr as pipes (not a terminal) and `environment`
    /// added; through `launcher` (a command that runs the rest of its arguments, such as
    /// `setpriv …`) when one is given, and from `executable` instead of the built binary if set.
    public static func run(_ arguments: [String], environment: [String: String] = [:], launcher: [String] = [], executable: URL? = nil) throws -> Result {
        let process = Process()
        let libcoop = executable ?? binary
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = launcher.dropFirst() + [libcoop.path] + arguments
        } else {
            process.executableURL = libcoop
            process.arguments = arguments
        }
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "LIBCOOP_DATA")
        // No developer's own config.toml changes what a test sees; a test that wants one sets this.
        merged["XDG_CONFIG_HOME"] = "/nonexistent/libcoop-tests"
        // Nor does a snapshot in the developer's cache; the tests' own is shared by this run.
        merged["XDG_CACHE_HOME"] = testCacheHome
        for (key, value) in environment { merged[key] = value }
        process.environment = merged
        let directory = FileManager.default.temporaryDirectory
        let outputURL = directory.appendingPathComponent("libcoop-out-\(UUID().uuidString)")
        let errorURL = directory.appendingPathComponent("libcoop-err-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: outputURL.path, contents: nil),
              FileManager.default.createFile(atPath: errorURL.path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer {
            try? FileManager.default.removeItem(at: outputURL)
            try? FileManager.default.removeItem(at: errorURL)
        }
        let outputHandle = try FileHandle(forWritingTo: outputURL)
        let errorHandle = try FileHandle(forWritingTo: errorURL)
        process.standardOutput = outputHandle
        process.standardError = errorHandle
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        try outputHandle.close()
        try errorHandle.close()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: try Data(contentsOf: outputURL), as: UTF8.self),
            error: String(decoding: try Data(contentsOf: errorURL), as: UTF8.self),
            exitedNormally: process.terminationReason == .exit
        )
    }

    /// The XDG_CACHE_HOME every `libcoop` run by the tests gets, shared by every run of the
    /// tests (the cache bounds its own size), never the developer's own.
    public static let testCacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("libcoop-tests-cache").path

    /// Parses JSON output.
    public static func json(_ text: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(text.utf8))
    }
}
