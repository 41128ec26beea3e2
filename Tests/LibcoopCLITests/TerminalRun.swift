import Foundation
import LibcoopTestSupport

/// Runs the built `libcoop` with standard output on a pseudo-terminal, as a person at a terminal
/// runs it (through util-linux `script`), and standard error to a file, so the two can be told
/// apart. The terminal is `columns` wide.
enum TerminalRun {
    struct Result {
        var status: Int32
        /// What reached the terminal, with the terminal's `\r\n` line ends made `\n`.
        var output: String
        var error: String
    }

    static func run(_ arguments: [String], columns: Int = 80) throws -> Result {
        let scratch = try ScratchDirectory("terminal-run")
        defer { scratch.remove() }
        let errorPath = scratch.path("stderr")
        let command = ([CommandRunner.binary.path] + arguments).map(quoted).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "stty cols \(columns) rows 24; exec \(command) 2>\(quoted(errorPath))", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment.removeValue(forKey: "LIBCOOP_DATA")
        environment.removeValue(forKey: "NO_COLOR")
        environment["TERM"] = "xterm-256color"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus,
            output: String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n"),
            error: scratch.read("stderr") ?? ""
        )
    }

    private static func quoted(_ argument: String) -> String {
        "'" + argument.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
