/// JSON string tokens written with only the escapes they need, so `"\u91d1\u9675"` becomes
/// `"金陵"`: quotes, backslashes and control characters (C0, DEL, C1) stay escaped, everything
/// else is written as UTF-8.
enum StringEscaping {
    /// `token` (a whole string token, quotes included) with minimal escapes, or `nil` when it is
    /// better left as it is: not valid UTF-8, or holding an escaped lone surrogate, which has no
    /// UTF-8 form (rewriting it would change the value).
    static func minimal(_ token: [UInt8]) -> [UInt8]? {
        if hasEscapedSurrogate(token) { return nil }
        let decoded = token.withUnsafeBufferPointer { buffer -> (text: String, isValidUTF8: Bool)? in
            var reader = JSONReader(bytes: buffer)
            guard let read = try? reader.readString() else { return nil }
            return (read.text, read.isValidUTF8)
        }
        guard let decoded, decoded.isValidUTF8 else { return nil }
        return quoted(decoded.text)
    }

    /// `text` as a JSON string token with minimal escapes.
    static func quoted(_ text: String) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "\"")]
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x22: output += Array("\\\"".utf8)
            case 0x5C: output += Array("\\\\".utf8)
            case 0x0A: output += Array("\\n".utf8)
            case 0x09: output += Array("\\t".utf8)
            case 0x0D: output += Array("\\r".utf8)
            case 0x00..<0x20, 0x7F...0x9F:
                let hex = String(scalar.value, radix: 16, uppercase: false)
                output += Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
            default: output += Array(String(scalar).utf8)
            }
        }
        output.append(UInt8(ascii: "\""))
        return output
    }

    /// True when the token has a `\uD800`–`\uDFFF` escape (a surrogate half, paired or not).
    private static func hasEscapedSurrogate(_ token: [UInt8]) -> Bool {
        var index = 0
        while index + 2 < token.count {
            if token[index] == UInt8(ascii: "\\") {
                if token[index + 1] == UInt8(ascii: "u"), index + 2 < token.count,
                   token[index + 2] | 0x20 == UInt8(ascii: "d"), index + 3 < token.count,
                   (UInt8(ascii: "8")...UInt8(ascii: "9")).contains(token[index + 3]) || (UInt8(ascii: "a")...UInt8(ascii: "f")).contains(token[index + 3] | 0x20) {
                    return true
                }
                index += 2
                continue
            }
            index += 1
        }
        return false
    }
}
