import Foundation

/// Times another program over the same data: `fzf --filter` over a names file, `jq` over a JSON
/// file. Each run includes starting the program and reading its input, which is how they are used.
struct ExternalTool {
    let name: String
    let path: String

    /// The tool if it is on the PATH.
    static func find(_ name: String) -> ExternalTool? {
        let directories = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        for directory in directories {
            let candidate = "\(directory)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return ExternalTool(name: name, path: candidate) }
        }
        return nil
    }

    /// Wall time of one run in nanoseconds, with `input` as standard input and output discarded.
    func time(arguments: [String], input: String) throws -> UInt64 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.standardInput = FileHandle(forReadingAtPath: input)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let start = Stopwatch.now()
        try process.run()
        process.waitUntilExit()
        return Stopwatch.now() - start
    }

    /// The first line the tool prints about its version.
    func version() -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = ["--version"]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return "?" }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").first.map(String.init) ?? "?"
    }
}
