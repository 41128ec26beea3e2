/// Worksheet names as Excel accepts them: at most 31 characters (UTF-16 units), none of
/// `[ ] : * ? / \`, no `'` at either end, not empty, not the reserved `History`, and no two alike
/// ignoring case.
enum XLSXWriterSheetNames {
    static let maximumLength = 31

    /// `names` made legal and unique, in order: a repeated name gets ` (2)`, ` (3)`, … (shortened to fit).
    static func unique(_ names: [String]) -> [String] {
        var taken: Set<String> = []
        var result: [String] = []
        for (position, name) in names.enumerated() {
            let base = legal(name, fallback: "Sheet\(position + 1)")
            var candidate = base
            var number = 2
            while taken.contains(candidate.lowercased()) {
                let suffix = " (\(number))"
                candidate = shortened(base, toUTF16: maximumLength - suffix.utf16.count) + suffix
                number += 1
            }
            taken.insert(candidate.lowercased())
            result.append(candidate)
        }
        return result
    }

    /// One name made legal: forbidden and control characters become `_`, quotes and spaces are
    /// trimmed from the ends, and the name is cut to 31 units without splitting a character.
    static func legal(_ name: String, fallback: String) -> String {
        var cleaned = ""
        for scalar in name.unicodeScalars {
            if "[]:*?/\\".unicodeScalars.contains(scalar) || scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
                || !XLSXWriterXML.isLegal(scalar) {
                cleaned += "_"
            } else {
                cleaned.unicodeScalars.append(scalar)
            }
        }
        cleaned = trimmed(cleaned)
        cleaned = trimmed(shortened(cleaned, toUTF16: maximumLength))
        if cleaned.isEmpty || cleaned.lowercased() == "history" { return fallback }
        return cleaned
    }

    private static func trimmed(_ text: String) -> String {
        var characters = Substring(text)
        while let first = characters.first, first == "'" || first == " " { characters = characters.dropFirst() }
        while let last = characters.last, last == "'" || last == " " { characters = characters.dropLast() }
        return String(characters)
    }

    /// The longest prefix of whole characters within `limit` UTF-16 units.
    private static func shortened(_ text: String, toUTF16 limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var result = ""
        var used = 0
        for character in text {
            let units = character.utf16.count
            if used + units > limit { break }
            result.append(character)
            used += units
        }
        return result
    }
}
