/// Finds the line a top-level key of config.toml is on, for messages: TOMLKit reports lines for
/// syntax errors only, not for values.
///
/// The line is the first that starts (after blanks) with the key, bare or quoted, followed by `=`
/// or `.`, or that opens a table of that name (`[key]`, `[key.sub]`, `[[key]]`); 1 if none does.
struct ConfigKeyLines {
    private let lines: [Substring]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    func line(of key: String) -> Int {
        let spellings = [key, "\"\(key)\"", "'\(key)'"]
        for (index, raw) in lines.enumerated() {
            var line = raw.drop(while: { $0 == " " || $0 == "\t" })
            while line.first == "[" { line = line.dropFirst().drop(while: { $0 == " " || $0 == "\t" }) }
            for spelling in spellings where line.hasPrefix(spelling) {
                let rest = line.dropFirst(spelling.count).drop(while: { $0 == " " || $0 == "\t" })
                if let next = rest.first, next == "=" || next == "." || next == "]" { return index + 1 }
            }
        }
        return 1
    }
}
