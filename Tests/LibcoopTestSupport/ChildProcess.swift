import Foundation

/// Runs a program to its end with a clean signal state (see `SpawnedProcess`) and returns what it
/// wrote: how the end-to-end tests drive tmux and the built programs.
public enum ChildProcess {
    public struct Result: Sendable {
        /// The exit status, or 128 + the signal number for a child killed by a signal.
        public var status: Int32
        public var output: String
        public var errors: String
    }

    /// Runs `arguments[0]` (searched in PATH) with the rest as arguments, in `environment`
    /// (this process's when nil).
    public static func run(_ arguments: [String], environment: [String: String]? = nil,
                           discardOutput: Bool = false) throws -> Result {
        let folder = FileManager.default.temporaryDirectory
        let outputPath = folder.appendingPathComponent("libcoop-child-\(UUID().uuidString).out").path
        let errorPath = folder.appendingPathComponent("libcoop-child-\(UUID().uuidString).err").path
        defer {
            try? FileManager.default.removeItem(atPath: outputPath)
            try? FileManager.default.removeItem(atPath: errorPath)
        }
        let child = try SpawnedProcess(arguments, environment: environment,
                                       output: discardOutput ? "/dev/null" : outputPath,
                                       errors: discardOutput ? "/dev/null" : errorPath)
        let ending = try child.wait()
        let read = { (path: String) in (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
        return Result(status: ending.signal.map { 128 + $0 } ?? ending.status,
                      output: discardOutput ? "" : read(outputPath),
                      errors: discardOutput ? "" : read(errorPath))
    }
}
