/// A small pull reader for the few XML parts of an xlsx workbook (workbook, relationships,
/// shared strings, one worksheet): start tags with their attributes, end tags and text, in
/// document order. It is not a general XML parser: no DTDs, no validation; processing
/// instructions, comments and declarations are skipped; CDATA is text. Written by hand so that
/// libcoop does not link FoundationXML and libxml2 (ARCHITECTURE.md).
struct XLSXXMLPullReader {
    /// One piece of the document.
    enum Event: Equatable {
        /// `<name a="1">` (or `<name/>`, then `isEmpty`); the name without its namespace prefix.
        case start(name: String, attributes: [String: String], isEmpty: Bool)
        case end(name: String)
        case text(String)
    }

    /// Why the part cannot be read.
    struct SyntaxError: Error {
        var message: String
    }

    private let bytes: [UInt8]
    private var position = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The next event, or `nil` at the end of the part.
    mutating func next() throws(SyntaxError) -> Event? {
        while position < bytes.count {
            if bytes[position] != UInt8(ascii: "<") {
                let start = position
                while position < bytes.count, bytes[position] != UInt8(ascii: "<") { position += 1 }
                return .text(try Self.decodingEntities(bytes[start..<position]))
            }
            if starts(with: "<!--") {
                try skip(past: "-->")
            } else if starts(with: "<![CDATA[") {
                let start = position + 9
                try skip(past: "]]>")
                return .text(String(decoding: bytes[start..<(position - 3)], as: UTF8.self))
            } else if starts(with: "<?") {
                try skip(past: "?>")
            } else if starts(with: "<!") {
                try skip(past: ">")
            } else if starts(with: "</") {
                position += 2
                let name = readName()
                try skip(past: ">")
                return .end(name: Self.localName(name))
            } else {
                position += 1
                return try readStartTag()
            }
        }
        return nil
    }

    /// The text up to the end tag that closes the element just started (nested elements' text
    /// included), consuming that end tag.
    mutating func textOfElement() throws(SyntaxError) -> String {
        var depth = 1
        var text = ""
        while let event = try next() {
            switch event {
            case .start(_, _, let isEmpty): if !isEmpty { depth += 1 }
            case .end:
                depth -= 1
                if depth == 0 { return text }
            case .text(let piece): text += piece
            }
        }
        throw SyntaxError(message: "an element is never closed")
    }

    /// Skips to the end tag that closes the element just started.
    mutating func skipElement() throws(SyntaxError) {
        _ = try textOfElement()
    }

    // MARK: Helpers

    private func starts(with prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        return prefix.withUTF8Buffer { expected in
            (0..<count).allSatisfy { bytes[position + $0] == expected[$0] }
        }
    }

    private mutating func skip(past terminator: StaticString) throws(SyntaxError) {
        while position < bytes.count {
            if starts(with: terminator) {
                position += terminator.utf8CodeUnitCount
                return
            }
            position += 1
        }
        throw SyntaxError(message: "unterminated markup")
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        !(byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == UInt8(ascii: ">")
            || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'"))
    }

    private mutating func readName() -> String {
        let start = position
        while position < bytes.count, Self.isNameByte(bytes[position]) { position += 1 }
        return String(decoding: bytes[start..<position], as: UTF8.self)
    }

    private mutating func skipWhitespace() {
        while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
    }

    private mutating func readStartTag() throws(SyntaxError) -> Event {
        let name = readName()
        var attributes: [String: String] = [:]
        while true {
            skipWhitespace()
            guard position < bytes.count else { throw SyntaxError(message: "unterminated tag <\(name)") }
            if bytes[position] == UInt8(ascii: ">") {
                position += 1
                return .start(name: Self.localName(name), attributes: attributes, isEmpty: false)
            }
            if starts(with: "/>") {
                position += 2
                return .start(name: Self.localName(name), attributes: attributes, isEmpty: true)
            }
            let attribute = readName()
            guard !attribute.isEmpty else { throw SyntaxError(message: "malformed tag <\(name)") }
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
                throw SyntaxError(message: "attribute \(attribute) without a value")
            }
            position += 1
            skipWhitespace()
            guard position < bytes.count, bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'") else {
                throw SyntaxError(message: "attribute \(attribute) without quotes")
            }
            let quote = bytes[position]
            position += 1
            let start = position
            while position < bytes.count, bytes[position] != quote { position += 1 }
            guard position < bytes.count else { throw SyntaxError(message: "unterminated attribute \(attribute)") }
            attributes[attribute] = try Self.decodingEntities(bytes[start..<position])
            position += 1
        }
    }

    /// `r:id` → `r:id` stays for attributes; element names lose their prefix (`x:row` → `row`).
    private static func localName(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// The text with `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and numeric references replaced.
    static func decodingEntities(_ raw: ArraySlice<UInt8>) throws(SyntaxError) -> String {
        guard raw.contains(UInt8(ascii: "&")) else { return String(decoding: raw, as: UTF8.self) }
        var output: [UInt8] = []
        output.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            let byte = raw[index]
            guard byte == UInt8(ascii: "&") else {
                output.append(byte)
                index += 1
                continue
            }
            guard let semicolon = raw[index...].firstIndex(of: UInt8(ascii: ";")), semicolon - index <= 12 else {
                throw SyntaxError(message: "a bare & in text")
            }
            let entity = String(decoding: raw[(index + 1)..<semicolon], as: UTF8.self)
            let replacement: String
            switch entity {
            case "lt": replacement = "<"
            case "gt": replacement = ">"
            case "amp": replacement = "&"
            case "quot": replacement = "\""
            case "apos": replacement = "'"
            default:
                let value: UInt32?
                if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
                    value = UInt32(entity.dropFirst(2), radix: 16)
                } else if entity.hasPrefix("#") {
                    value = UInt32(entity.dropFirst(), radix: 10)
                } else {
                    value = nil
                }
                guard let value, let scalar = Unicode.Scalar(value) else { throw SyntaxError(message: "unknown entity &\(entity);") }
                replacement = String(scalar)
            }
            output += Array(replacement.utf8)
            index = semicolon + 1
        }
        return String(decoding: output, as: UTF8.self)
    }
}
