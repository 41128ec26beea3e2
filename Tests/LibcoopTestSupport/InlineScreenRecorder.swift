import Foundation
import Testing

/// Rewrites the expected screen written inline in a test, `expectScreen(grid, [ … ])`, with the
/// rows the grid shows: how `LIBCOOP_RECORD_SNAPSHOTS=1` re-records inline screens.
///
/// Tests run in parallel and several calls in one file may be rewritten in one run, so rewrites
/// are serialised and each remembers how many lines it added, to find later calls by the line
/// numbers the compiler gave them.
enum InlineScreenRecorder {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    private static let lock = NSLock()
    /// Per file, the lines added (or removed, when negative) after each original line rewritten.
    nonisolated(unsafe) private static var shifts: [String: [(line: Int, added: Int)]] = [:]

    /// Replaces the array literal of the `expectScreen` call at `location` with `rows`.
    static func record(_ rows: [String], at location: SourceLocation) throws {
        lock.lock()
        defer { lock.unlock() }
        let path = location.filePath
        let source = try String(contentsOfFile: path, encoding: .utf8)
        let line = location.line + (shifts[path] ?? []).filter { $0.line < location.line }.map(\.added).reduce(0, +)
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        guard line >= 1, line <= lines.count else { throw Failure(description: "\(path) has no line \(line)") }
        let callLine = String(lines[line - 1])
        guard let call = callLine.range(of: "expectScreen(") else {
            throw Failure(description: "no expectScreen( call at \(path):\(line)")
        }
        let indent = String(callLine.prefix { $0 == " " })
        let before = lines[..<(line - 1)].joined(separator: "\n") + (line > 1 ? "\n" : "")
        let text = String(callLine[..<call.upperBound])
        let rest = String(callLine[call.upperBound...]) + "\n" + lines[line...].joined(separator: "\n")
        guard let literal = arrayLiteral(in: rest) else {
            throw Failure(description: "no inline expected screen (an array literal after the grid) at \(path):\(line)")
        }
        let old = rest[literal]
        let multiline = old.contains("\n")
        let replacement = swiftLiteral(rows, multilineIndent: multiline ? indent : nil)
        let rewritten = before + text + rest[..<literal.lowerBound] + replacement + rest[literal.upperBound...]
        try rewritten.write(toFile: path, atomically: true, encoding: .utf8)
        let added = replacement.filter { $0 == "\n" }.count - old.filter { $0 == "\n" }.count
        shifts[path, default: []].append((location.line, added))
    }

    /// The range of the array literal that is the call's second argument: after the first comma
    /// outside brackets and strings, `[` up to its matching `]`. Scans scalars, so a combining
    /// mark written after a quote cannot hide it.
    static func arrayLiteral(in arguments: String) -> Range<String.Index>? {
        let scalars = arguments.unicodeScalars
        var depth = 0
        var inString = false
        var escaped = false
        var afterFirstArgument = false
        var start: String.Index?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if inString {
                if escaped { escaped = false } else if scalar == "\\" { escaped = true } else if scalar == "\"" { inString = false }
            } else {
                switch scalar {
                case "\"": inString = true
                case ",": if depth == 0 { afterFirstArgument = true }
                case "(", "{": depth += 1
                case "[":
                    if depth == 0, afterFirstArgument, start == nil { start = index }
                    depth += 1
                case ")", "}", "]":
                    depth -= 1
                    if scalar == "]", depth == 0, let start { return start..<scalars.index(after: index) }
                    if depth < 0 { return nil }
                default: break
                }
            }
            index = scalars.index(after: index)
        }
        return nil
    }

    /// `rows` as a Swift array of string literals, trailing spaces and trailing blank rows left
    /// out (they are padded back when compared); one row a line under `multilineIndent` if given.
    static func swiftLiteral(_ rows: [String], multilineIndent: String?) -> String {
        var trimmed = rows.map { String($0.reversed().drop { $0 == " " }.reversed()) }
        while trimmed.count > 1, trimmed.last == "" { trimmed.removeLast() }
        let literals = trimmed.map { "\"" + escaped($0) + "\"" }
        guard let indent = multilineIndent else { return "[" + literals.joined(separator: ", ") + "]" }
        return "[\n" + literals.map { indent + "    " + $0 + ",\n" }.joined() + indent + "]"
    }

    /// The text with backslashes, quotes and control characters escaped.
    static func escaped(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
