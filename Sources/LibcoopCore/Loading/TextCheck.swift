/// The rules every piece of text in a dataset must follow, shared by the loader and the checks.
enum TextCheck {
    /// Longest id accepted; ids are meant to be typed.
    static let maximumIdentifierLength = 64

    /// Why `value` cannot be an id, or `nil` when it can: 1–64 characters of `a-z`, `0-9`, `.`, `_`, `-`,
    /// starting with a letter or digit.
    static func identifierProblem(_ value: String) -> String? {
        guard !value.utf8.isEmpty else { return "an id may not be empty" }
        guard value.utf8.count <= maximumIdentifierLength else {
            return "an id may be at most \(maximumIdentifierLength) characters long"
        }
        let isWellFormed = value.utf8.withContiguousStorageIfAvailable(isWellFormedIdentifier) ?? Array(value.utf8).withUnsafeBufferPointer(isWellFormedIdentifier)
        guard isWellFormed else {
            return "\"\(quoted(value))\" is not a valid id: use lowercase a-z, 0-9, '.', '_' and '-', starting with a letter or digit"
        }
        return nil
    }

    /// True when `bytes` are an id, exactly when `identifierProblem` of their text is `nil`.
    static func isIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.isEmpty && bytes.count <= maximumIdentifierLength && isWellFormedIdentifier(bytes)
    }

    /// True when the (non-empty) `bytes` are all allowed in an id and the first is a letter or digit.
    private static func isWellFormedIdentifier(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in bytes {
            let isLetterOrDigit = (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            guard isLetterOrDigit || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") else { return false }
        }
        let first = bytes[0]
        return (first >= UInt8(ascii: "a") && first <= UInt8(ascii: "z")) || (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9"))
    }

    /// Why `value` may not be shown as it is, or `nil`: control characters (C0, DEL, C1) could move
    /// the cursor or start an escape sequence in a terminal. Line breaks and tabs are allowed in long text.
    static func controlCharacterProblem(in value: String, allowsLineBreaks: Bool) -> String? {
        for scalar in value.unicodeScalars where isControl(scalar) {
            if allowsLineBreaks && (scalar == "\n" || scalar == "\t" || scalar == "\r") { continue }
            return "text contains the control character \(codePoint(scalar)); remove it"
        }
        return nil
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (scalar.value >= 0x7F && scalar.value < 0xA0)
    }

    /// `value` made safe to quote in a message: control characters become `U+XXXX`, and very long
    /// text is cut, so a hostile value cannot flood or drive the terminal through an error message.
    static func quoted(_ value: String, limit: Int = 60) -> String {
        var result = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == limit {
                result += "…"
                break
            }
            if isControl(scalar) { result += codePoint(scalar) } else { result.unicodeScalars.append(scalar) }
            count += 1
        }
        return result
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}
