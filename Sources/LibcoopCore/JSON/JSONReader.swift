/// A pull parser over the bytes of a JSON document.
///
/// It never builds a tree: callers step through objects and arrays and read the values they want,
/// which keeps a million-record file to one pass and no allocation beyond the strings kept. Every
/// malformed construct throws `JSONSyntaxError` with its byte offset; nesting deeper than
/// `maximumDepth` is refused rather than risking the stack.
struct JSONReader {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int
    private(set) var depth = 0
    let maximumDepth: Int

    init(bytes: UnsafeBufferPointer<UInt8>, startingAt position: Int = 0, maximumDepth: Int = 128) {
        self.bytes = bytes
        self.position = position
        self.maximumDepth = maximumDepth
    }

    // MARK: Whitespace and structure

    @inline(__always)
    mutating func skipWhitespace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x20, 0x0A, 0x0D, 0x09: position += 1
            default: return
            }
        }
    }

    var isAtEnd: Bool { position >= bytes.count }

    /// The kind of the next value, after skipping whitespace.
    @inline(__always)
    mutating func peekKind() throws(JSONSyntaxError) -> JSONValueKind {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file, expected a value") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw error("unexpected \(describeByte(at: position)), expected a value")
        }
    }

    /// Consumes `{`; the caller then loops on `nextKey`.
    mutating func beginObject() throws(JSONSyntaxError) {
        try enter(UInt8(ascii: "{"))
    }

    /// Consumes `[`; the caller then loops on `nextElement`.
    mutating func beginArray() throws(JSONSyntaxError) {
        try enter(UInt8(ascii: "["))
    }

    /// The next member's key with the `:` after it consumed, or `nil` after consuming the closing `}`.
    mutating func nextKey(isFirst: inout Bool) throws(JSONSyntaxError) -> JSONKey? {
        guard let raw = try nextRawKey(isFirst: &isFirst) else { return nil }
        return JSONKey(text: raw.text(in: bytes), offset: raw.offset)
    }

    /// Like `nextKey`, but leaves the name as bytes, so a caller matching it against known names
    /// makes no string for it.
    mutating func nextRawKey(isFirst: inout Bool) throws(JSONSyntaxError) -> JSONRawKey? {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file inside an object") }
        if bytes[position] == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return nil
        }
        if !isFirst {
            guard bytes[position] == UInt8(ascii: ",") else {
                throw error("expected , or } after an object member, found \(describeByte(at: position))")
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count else { throw error("unexpected end of file inside an object") }
            if bytes[position] == UInt8(ascii: "}") { throw error("trailing comma before }") }
        }
        isFirst = false
        guard bytes[position] == UInt8(ascii: "\"") else {
            throw error("expected a member name in double quotes, found \(describeByte(at: position))")
        }
        let keyOffset = position
        let key: JSONRawKey
        if let plain = try readPlainString() {
            key = JSONRawKey(offset: keyOffset, content: plain.content, hasEscapes: false)
        } else {
            _ = try readString()
            key = JSONRawKey(offset: keyOffset, content: position..<position, hasEscapes: true)
        }
        skipWhitespace()
        guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
            throw error("expected : after member name \"\(key.text(in: bytes))\"")
        }
        position += 1
        return key
    }

    /// True when another element follows (the caller reads it); false after consuming the closing `]`.
    mutating func nextElement(isFirst: inout Bool) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of file inside an array") }
        if bytes[position] == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return false
        }
        if !isFirst {
            guard bytes[position] == UInt8(ascii: ",") else {
                throw error("expected , or ] after an array element, found \(describeByte(at: position))")
            }
            position += 1
            skipWhitespace()
            if position < bytes.count, bytes[position] == UInt8(ascii: "]") { throw error("trailing comma before ]") }
        }
        isFirst = false
        return true
    }

    // MARK: Scalars

    /// Reads a string value. `isValidUTF8` is false when the bytes were not UTF-8; the text then
    /// holds replacement characters where the bad bytes were. `mayHoldControl` is false when the
    /// text certainly has no control character (raw C0 bytes are refused as syntax errors; this
    /// flags escapes, DEL and possible C1 characters), so callers can skip checking it.
    mutating func readString() throws(JSONSyntaxError) -> (text: String, isValidUTF8: Bool, mayHoldControl: Bool) {
        let openingQuote = position
        guard let plain = try readPlainString() else {
            position = openingQuote + 1
            return try readEscapedString(openingQuote: openingQuote)
        }
        return text(of: plain)
    }

    /// Reads a string value that has no escapes, leaving its content as bytes in the file, so a
    /// caller can look it up or check it before making a `String` of it. Returns `nil`, with
    /// nothing consumed, when the string has an escape: read it with `readString` instead.
    /// Inlined: it runs for every name and string in a file, and a call costs a fifth of it.
    @inline(__always)
    mutating func readPlainString() throws(JSONSyntaxError) -> JSONPlainString? {
        guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") else {
            throw error("expected a string")
        }
        let contentStart = position + 1
        var index = contentStart
        // The OR of every content byte (its high bits say whether any is not ASCII), and the
        // bytes that may begin a control character (DEL, and 0xC2, the lead byte of C1).
        var union: UInt64 = 0
        var controlLeads: UInt64 = 0
        // Eight bytes at a time: the first byte that ends the string, escapes or is a control
        // byte is found in its word at once, and only the bytes before it count for the flags.
        // The last few bytes of the file go one by one below.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            let count = bytes.count
            while index &+ 8 <= count {
                var word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                let stops = ByteWord.bytes(equalTo: UInt8(ascii: "\""), in: word)
                    | ByteWord.bytes(equalTo: UInt8(ascii: "\\"), in: word) | ByteWord.bytes(below: 0x20, in: word)
                let length = stops == 0 ? 8 : ByteWord.firstByte(in: stops)
                if length < 8 { word &= ByteWord.keeping(first: length) }
                union |= word
                controlLeads |= ByteWord.bytes(equalTo: 0x7F, in: word) | ByteWord.bytes(equalTo: 0xC2, in: word)
                index &+= length
                if length < 8 {
                    return try endPlainString(at: index, contentStart: contentStart, union: union, controlLeads: controlLeads)
                }
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 {
                return try endPlainString(at: index, contentStart: contentStart, union: union, controlLeads: controlLeads)
            }
            union |= UInt64(byte)
            if byte == 0x7F || byte == 0xC2 { controlLeads = 1 }
            index += 1
        }
        throw JSONSyntaxError(offset: contentStart - 1, message: "string is never closed")
    }

    /// Ends `readPlainString` at the byte at `index`: a closing quote, a backslash or a raw control byte.
    @inline(__always)
    private mutating func endPlainString(at index: Int, contentStart: Int, union: UInt64, controlLeads: UInt64) throws(JSONSyntaxError) -> JSONPlainString? {
        let byte = bytes[index]
        if byte == UInt8(ascii: "\"") {
            position = index + 1
            return JSONPlainString(content: contentStart..<index, isASCII: !ByteWord.hasHighBit(union), mayHoldControl: controlLeads != 0)
        }
        if byte == UInt8(ascii: "\\") { return nil }
        throw JSONSyntaxError(offset: index, message: "raw control character U+\(hex(byte)) in a string (write it as an escape such as \\n)")
    }

    /// The bytes of a plain string's content.
    func content(of plain: JSONPlainString) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[plain.content])
    }

    /// A plain string as text, with the same flags as `readString` gives.
    func text(of plain: JSONPlainString) -> (text: String, isValidUTF8: Bool, mayHoldControl: Bool) {
        let content = content(of: plain)
        let text = String(decoding: content, as: UTF8.self)
        if plain.isASCII || UTF8Validation.isValid(content) { return (text, true, plain.mayHoldControl) }
        return (text, false, true)
    }

    private mutating func readEscapedString(openingQuote: Int) throws(JSONSyntaxError) -> (text: String, isValidUTF8: Bool, mayHoldControl: Bool) {
        var utf8: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                position += 1
                if let valid = String(validating: utf8, as: UTF8.self) { return (valid, true, true) }
                return (String(decoding: utf8, as: UTF8.self), false, true)
            case UInt8(ascii: "\\"):
                position += 1
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "\""): utf8.append(0x22)
                case UInt8(ascii: "\\"): utf8.append(0x5C)
                case UInt8(ascii: "/"): utf8.append(0x2F)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"):
                    let scalar = try readUnicodeEscape()
                    utf8.append(contentsOf: Array(String(Character(scalar)).utf8))
                default:
                    throw JSONSyntaxError(offset: position - 2, message: "invalid escape \\\(describeRaw(escape)) in a string")
                }
            default:
                if byte < 0x20 {
                    throw JSONSyntaxError(offset: position, message: "raw control character U+\(hex(byte)) in a string (write it as an escape such as \\n)")
                }
                utf8.append(byte)
                position += 1
            }
        }
        throw JSONSyntaxError(offset: openingQuote, message: "string is never closed")
    }

    /// Reads the hex digits after `\u`, joining a surrogate pair; a lone surrogate becomes U+FFFD.
    private mutating func readUnicodeEscape() throws(JSONSyntaxError) -> Unicode.Scalar {
        let high = try readHexQuad()
        if (0xD800...0xDBFF).contains(high),
           position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            let saved = position
            position += 2
            let low = try readHexQuad()
            if (0xDC00...0xDFFF).contains(low) {
                let value = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
                return Unicode.Scalar(value) ?? "\u{FFFD}"
            }
            position = saved
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func readHexQuad() throws(JSONSyntaxError) -> UInt32 {
        guard position + 4 <= bytes.count else { throw error("incomplete \\u escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[position]
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("invalid hex digit in \\u escape")
            }
            value = value << 4 | digit
            position += 1
        }
        return value
    }

    /// Reads a number in strict JSON syntax.
    mutating func readNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = position
        if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
        guard position < bytes.count, isDigit(bytes[position]) else { throw error("invalid number") }
        if bytes[position] == UInt8(ascii: "0"), position + 1 < bytes.count, isDigit(bytes[position + 1]) {
            throw error("numbers may not have leading zeros")
        }
        while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        var isInteger = true
        if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
            isInteger = false
            position += 1
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("expected a digit after the decimal point") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        if position < bytes.count, bytes[position] == UInt8(ascii: "e") || bytes[position] == UInt8(ascii: "E") {
            isInteger = false
            position += 1
            if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-") { position += 1 }
            guard position < bytes.count, isDigit(bytes[position]) else { throw error("expected a digit in the exponent") }
            while position < bytes.count, isDigit(bytes[position]) { position += 1 }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        return JSONNumber(text: text, isIntegerSyntax: isInteger)
    }

    /// Reads `true` or `false`.
    mutating func readBool() throws(JSONSyntaxError) -> Bool {
        if matchLiteral("true") { return true }
        if matchLiteral("false") { return false }
        throw error("unexpected \(describeByte(at: position)), expected a value")
    }

    /// Reads `null`.
    mutating func readNull() throws(JSONSyntaxError) {
        guard matchLiteral("null") else { throw error("unexpected \(describeByte(at: position)), expected a value") }
    }

    /// Steps over one whole value of any kind, checking its syntax. Names and plain strings are
    /// stepped over as bytes, without making strings of them.
    mutating func skipValue() throws(JSONSyntaxError) {
        switch try peekKind() {
        case .object:
            try beginObject()
            var isFirst = true
            while try nextRawKey(isFirst: &isFirst) != nil { try skipValue() }
        case .array:
            try beginArray()
            var isFirst = true
            while try nextElement(isFirst: &isFirst) { try skipValue() }
        case .string: if try readPlainString() == nil { _ = try readString() }
        case .number: _ = try readNumber()
        case .bool: _ = try readBool()
        case .null: try readNull()
        }
    }

    /// After the top-level value: only whitespace may follow.
    mutating func expectEnd() throws(JSONSyntaxError) {
        skipWhitespace()
        if position < bytes.count { throw error("unexpected \(describeByte(at: position)) after the end of the document") }
    }

    // MARK: Helpers

    private mutating func enter(_ opening: UInt8) throws(JSONSyntaxError) {
        skipWhitespace()
        guard position < bytes.count, bytes[position] == opening else {
            throw error("expected \(Character(Unicode.Scalar(opening)))")
        }
        guard depth < maximumDepth else {
            throw error("nesting deeper than \(maximumDepth) levels")
        }
        depth += 1
        position += 1
    }

    private mutating func matchLiteral(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        let literalBytes = UnsafeBufferPointer(start: literal.utf8Start, count: count)
        for index in 0..<count where bytes[position + index] != literalBytes[index] { return false }
        position += count
        return true
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    func error(_ message: String) -> JSONSyntaxError {
        JSONSyntaxError(offset: min(position, bytes.count), message: message)
    }

    private func describeByte(at index: Int) -> String {
        guard index < bytes.count else { return "end of file" }
        return describeRaw(bytes[index])
    }

    private func describeRaw(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        return "byte 0x\(hex(byte))"
    }

    private func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }
}

/// An object member's name as it stands in the file: the byte range between its quotes, or, when
/// it has escapes, only where it is (it is decoded again when needed, which is rare). It holds no
/// string, so stepping through members costs no reference counting.
struct JSONRawKey {
    var offset: Int
    var content: Range<Int>
    var hasEscapes: Bool

    func text(in bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard hasEscapes else { return String(decoding: UnsafeBufferPointer(rebasing: bytes[content]), as: UTF8.self) }
        var reader = JSONReader(bytes: bytes, startingAt: offset)
        return (try? reader.readString().text) ?? ""
    }

    /// True when the name is exactly `candidate`'s bytes.
    func equals(_ candidate: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if hasEscapes { return text(in: bytes).utf8.elementsEqual(candidate) }
        guard content.count == candidate.count else { return false }
        for index in 0..<candidate.count where bytes[content.lowerBound + index] != candidate[index] { return false }
        return true
    }
}

/// A string value without escapes, as `readPlainString` found it: where its content lies in the
/// file, whether it is all ASCII, and whether it may hold a control character (see `readString`).
struct JSONPlainString {
    var content: Range<Int>
    var isASCII: Bool
    var mayHoldControl: Bool
}

/// An object member's name and the offset of its opening quote.
struct JSONKey {
    var text: String
    var offset: Int
}

/// A number as written, so integers keep their exact digits.
struct JSONNumber {
    var text: String
    var isIntegerSyntax: Bool

    /// The value as an integer when it is one exactly (`2` and `2.0`, not `2.5`), as JSON Schema counts.
    var integerValue: Int? {
        if isIntegerSyntax { return Int(text) }
        guard let value = Double(text), value.rounded() == value, abs(value) < 9.0e15 else { return nil }
        return Int(value)
    }
}
