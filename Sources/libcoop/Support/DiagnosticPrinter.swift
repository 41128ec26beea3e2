import LibcoopCore
import LibcoopRender

/// Prints dataset problems, one per line, made safe for the terminal.
///
/// Every problem is printed (a script may want them all). Lines are written as bytes into a
/// buffer that goes out every 64 KB, so a million problems take time and memory in proportion,
/// with no string per line, and a line is sanitised as text only when its bytes say it may hold
/// a control character.
enum DiagnosticPrinter {
    private static let blockSize = 1 << 16

    static func printToStandardError(_ diagnostics: [Diagnostic]) {
        var output: [UInt8] = []
        output.reserveCapacity(blockSize + 4096)
        var files: Set<String> = []
        var lastFile: String?
        for diagnostic in diagnostics {
            if diagnostic.file != lastFile {
                files.insert(diagnostic.file)
                lastFile = diagnostic.file
            }
            let lineStart = output.count
            diagnostic.write(to: &output)
            let mayNeedSanitizing = output.withUnsafeBufferPointer {
                TerminalText.mayNeedSanitizing(utf8: UnsafeBufferPointer(rebasing: $0[lineStart...]))
            }
            if mayNeedSanitizing {
                let line = TerminalText.sanitized(String(decoding: output[lineStart...], as: UTF8.self))
                output.removeSubrange(lineStart...)
                output += line.utf8
            }
            output.append(UInt8(ascii: "\n"))
            if output.count >= blockSize {
                StandardStreams.writeError(utf8: output)
                output.removeAll(keepingCapacity: true)
            }
        }
        let noun = diagnostics.count == 1 ? "problem" : "problems"
        output += "libcoop: \(diagnostics.count) \(noun) in \(files.count) \(files.count == 1 ? "file" : "files")\n".utf8
        StandardStreams.writeError(utf8: output)
    }
}
