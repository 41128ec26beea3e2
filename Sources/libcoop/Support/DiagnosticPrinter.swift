import LibcoopCore
import LibcoopRender

/// Prints dataset problems, one per line, made safe for the terminal.
enum DiagnosticPrinter {
    static func printToStandardError(_ diagnostics: [Diagnostic]) {
        var text = ""
        for diagnostic in diagnostics {
            text += TerminalText.sanitized(diagnostic.description) + "\n"
        }
        let files = Set(diagnostics.map(\.file)).count
        let noun = diagnostics.count == 1 ? "problem" : "problems"
        text += "libcoop: \(diagnostics.count) \(noun) in \(files) \(files == 1 ? "file" : "files")\n"
        StandardStreams.writeError(text)
    }
}
