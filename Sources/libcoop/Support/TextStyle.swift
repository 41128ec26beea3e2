import Foundation

/// Bold and dim for headings and secondary text, only when writing to a terminal that wants them.
struct TextStyle {
    let enabled: Bool

    /// True when standard output is a terminal and `NO_COLOR` is unset and `TERM` is not `dumb`.
    static var terminalAllowsStyle: Bool {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return StandardStreams.outputIsTerminal
    }

    func bold(_ text: String) -> String { enabled ? "\u{1B}[1m\(text)\u{1B}[0m" : text }
    func dim(_ text: String) -> String { enabled ? "\u{1B}[2m\(text)\u{1B}[0m" : text }
}
