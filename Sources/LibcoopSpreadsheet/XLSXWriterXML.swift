/// Text as XML 1.0 content and attribute values inside a workbook part.
enum XLSXWriterXML {
    /// Whether XML 1.0 allows `scalar` at all (`Char`): tab, line feed, carriage return, and
    /// everything from U+0020 except U+FFFE and U+FFFF (surrogates are not scalars).
    static func isLegal(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x00..<0x20, 0xFFFE, 0xFFFF: false
        default: true
        }
    }

    /// `text` escaped for element content or a double-quoted attribute: `& < > "` as entities, a
    /// carriage return as `&#13;` (so parsers keep it), characters XML forbids left out, and a
    /// literal `_xHHHH_` written as `_x005F_xHHHH_` so Excel does not read it as an escape.
    static func escaped(_ text: String) -> String {
        var text = text
        let plain = text.withUTF8(isPlain)
        if plain { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 16)
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"": output += "&quot;"
            case "\r": output += "&#13;"
            case "_" where startsExcelEscape(scalars, at: position): output += "_x005F_"
            default:
                if isLegal(scalar) { output.unicodeScalars.append(scalar) }
            }
        }
        return output
    }

    /// Whether `bytes` need no escaping: no markup characters, no `_`, no control character but
    /// tab and line feed, no U+FFFE or U+FFFF (EF BF BE, EF BF BF).
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var position = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "_"): return false
            case 0x09, 0x0A: break
            case 0x00..<0x20: return false
            case 0xEF where position + 2 < bytes.count && bytes[position + 1] == 0xBF && bytes[position + 2] >= 0xBE: return false
            default: break
            }
            position += 1
        }
        return true
    }

    /// Whether `_xHHHH_` (four hex digits) starts at `position`.
    private static func startsExcelEscape(_ scalars: [Unicode.Scalar], at position: Int) -> Bool {
        guard position + 6 < scalars.count, scalars[position + 1] == "x", scalars[position + 6] == "_" else { return false }
        return scalars[(position + 2)...(position + 5)].allSatisfy { $0.properties.isASCIIHexDigit }
    }
}
