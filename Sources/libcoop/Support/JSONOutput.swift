import Foundation

/// Writes a value as pretty-printed JSON with stable key order, followed by a newline.
///
/// Text from data is untrusted: besides what JSON itself requires escaping, every format
/// character (general category Cf: bidi overrides and isolates such as U+202E, zero-width joiners,
/// the BOM), DEL and the C1 controls, and the line and paragraph separators are written as `\u`
/// escapes, so JSON printed to a terminal cannot reorder or drive it, and still parses to the same
/// strings.
enum JSONOutput {
    static func write<Value: Encodable>(_ value: Value) throws {
        StandardStreams.write(try text(value))
    }

    /// What `write` writes, as a string.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return escapingInvisibleCharacters(String(decoding: try encoder.encode(value), as: UTF8.self)) + "\n"
    }

    /// `json` with the characters described above escaped. Outside strings JSON text holds only
    /// ASCII, so every such character found is inside a string, where `\uXXXX` means the same.
    static func escapingInvisibleCharacters(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: needsEscaping) else { return json }
        var escaped = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            guard needsEscaping(scalar) else {
                escaped.append(scalar)
                continue
            }
            for unit in String(scalar).utf16 {
                escaped.append(contentsOf: "\\u".unicodeScalars)
                let hex = String(unit, radix: 16, uppercase: true)
                escaped.append(contentsOf: (String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            }
        }
        return String(escaped)
    }

    private static func needsEscaping(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x7F: return false
        case 0x7F...0x9F: return true
        default:
            switch scalar.properties.generalCategory {
            case .format, .lineSeparator, .paragraphSeparator, .control: return true
            default: return false
            }
        }
    }
}
