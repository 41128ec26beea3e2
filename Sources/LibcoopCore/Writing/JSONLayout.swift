/// Lays out one JSON value in the dataset files' house style: two-space indent, one member per
/// line, lists of plain values on one line (`"sources": ["a", "b"]`), members in the order the
/// record kind declares them (members it does not declare after them, in their own order).
///
/// A record that stood on one line in its file (as the staff in data/nanjing.json do) is written
/// on one line again (`oneLine`: `{ "id": "a", "sources": ["s"] }`), so its diff is one line.
///
/// Strings and numbers are copied byte for byte from the text they were read from, so laying a
/// value out never changes it (CJK stays as UTF-8, as it was written).
enum JSONLayout {
    /// `bytes` holding one JSON value laid out with its first line at `indentation` (which is not
    /// written before the first line: the caller places the value after its own text), later lines
    /// indented by `indentation` and two spaces per level. Objects described by `description`
    /// take its member order, and their nested records their kinds' order.
    static func laidOut(
        _ bytes: [UInt8], indentation: [UInt8], description: RecordDescription?, oneLine: Bool = false,
        unescapingStrings: Bool = false
    ) throws(JSONSyntaxError) -> [UInt8] {
        let value = try bytes.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> Value in
            var reader = JSONReader(bytes: buffer)
            let value = try Value.read(from: &reader, unescapingStrings: unescapingStrings)
            try reader.expectEnd()
            return value
        }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 4)
        if oneLine {
            writeOnOneLine(value, description: description, to: &output)
        } else {
            write(value, description: description, indentation: indentation, to: &output)
        }
        return output
    }

    /// A parsed value that keeps every scalar's original bytes.
    indirect enum Value {
        case object([(key: String, keyBytes: [UInt8], value: Value)])
        case array([Value])
        case scalar([UInt8])

        /// Reads one value; with `unescapingStrings`, strings are written again with only the
        /// escapes JSON needs (`StringEscaping.minimal`).
        static func read(from reader: inout JSONReader, unescapingStrings: Bool = false) throws(JSONSyntaxError) -> Value {
            switch try reader.peekKind() {
            case .object:
                try reader.beginObject()
                var members: [(key: String, keyBytes: [UInt8], value: Value)] = []
                var isFirst = true
                while let key = try reader.nextRawKey(isFirst: &isFirst) {
                    let keyEnd = key.hasEscapes ? key.offset : key.content.upperBound + 1
                    let keyBytes: [UInt8]
                    if key.hasEscapes {
                        var keyReader = JSONReader(bytes: reader.bytes, startingAt: key.offset)
                        _ = try keyReader.readString()
                        keyBytes = Array(reader.bytes[key.offset..<keyReader.position])
                    } else {
                        keyBytes = Array(reader.bytes[key.offset..<keyEnd])
                    }
                    members.append((key.text(in: reader.bytes), keyBytes, try read(from: &reader, unescapingStrings: unescapingStrings)))
                }
                return .object(members)
            case .array:
                try reader.beginArray()
                var elements: [Value] = []
                var isFirst = true
                while try reader.nextElement(isFirst: &isFirst) {
                    elements.append(try read(from: &reader, unescapingStrings: unescapingStrings))
                }
                return .array(elements)
            case .string, .number, .bool, .null:
                reader.skipWhitespace()
                let start = reader.position
                try reader.skipValue()
                let token = Array(reader.bytes[start..<reader.position])
                if unescapingStrings, token.first == UInt8(ascii: "\""), token.contains(UInt8(ascii: "\\")) {
                    return .scalar(StringEscaping.minimal(token) ?? token)
                }
                return .scalar(token)
            }
        }

        var isScalar: Bool {
            if case .scalar = self { return true }
            return false
        }
    }

    private static let newline = UInt8(ascii: "\n")
    private static let step: [UInt8] = [0x20, 0x20]

    private static func write(_ value: Value, description: RecordDescription?, indentation: [UInt8], to output: inout [UInt8]) {
        switch value {
        case .scalar(let bytes):
            output += bytes
        case .array(let elements):
            if elements.isEmpty {
                output += Array("[]".utf8)
            } else if elements.allSatisfy(\.isScalar) {
                output.append(UInt8(ascii: "["))
                for (position, element) in elements.enumerated() {
                    if position > 0 { output += Array(", ".utf8) }
                    write(element, description: nil, indentation: indentation, to: &output)
                }
                output.append(UInt8(ascii: "]"))
            } else {
                let inner = indentation + step
                output += [UInt8(ascii: "["), newline]
                for (position, element) in elements.enumerated() {
                    output += inner
                    write(element, description: description, indentation: inner, to: &output)
                    output += position == elements.count - 1 ? [newline] : [UInt8(ascii: ","), newline]
                }
                output += indentation
                output.append(UInt8(ascii: "]"))
            }
        case .object(let members):
            guard !members.isEmpty else {
                output += Array("{}".utf8)
                return
            }
            let inner = indentation + step
            output += [UInt8(ascii: "{"), newline]
            let ordered = inDeclaredOrder(members, description: description)
            for (position, member) in ordered.enumerated() {
                output += inner
                output += member.keyBytes
                output += Array(": ".utf8)
                write(member.value, description: nestedDescription(of: member.key, in: description), indentation: inner, to: &output)
                output += position == ordered.count - 1 ? [newline] : [UInt8(ascii: ","), newline]
            }
            output += indentation
            output.append(UInt8(ascii: "}"))
        }
    }

    private static func writeOnOneLine(_ value: Value, description: RecordDescription?, to output: inout [UInt8]) {
        switch value {
        case .scalar(let bytes):
            output += bytes
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output += Array(", ".utf8) }
                writeOnOneLine(element, description: description, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else {
                output += Array("{}".utf8)
                return
            }
            output += Array("{ ".utf8)
            for (position, member) in inDeclaredOrder(members, description: description).enumerated() {
                if position > 0 { output += Array(", ".utf8) }
                output += member.keyBytes
                output += Array(": ".utf8)
                writeOnOneLine(member.value, description: nestedDescription(of: member.key, in: description), to: &output)
            }
            output += Array(" }".utf8)
        }
    }

    /// Declared members first, in the declaration's order; then the rest as they came.
    private static func inDeclaredOrder(
        _ members: [(key: String, keyBytes: [UInt8], value: Value)], description: RecordDescription?
    ) -> [(key: String, keyBytes: [UInt8], value: Value)] {
        guard let description else { return members }
        let rank = Dictionary(description.fields.enumerated().map { ($1.name, $0) }, uniquingKeysWith: { first, _ in first })
        return members.enumerated().sorted { left, right in
            (rank[left.element.key] ?? Int.max, left.offset) < (rank[right.element.key] ?? Int.max, right.offset)
        }.map(\.element)
    }

    /// The description of the records a member holds, when it is declared to hold records.
    private static func nestedDescription(of key: String, in description: RecordDescription?) -> RecordDescription? {
        switch description?.field(key)?.type {
        case .record(let kind), .records(let kind): kind.recordDescription
        default: nil
        }
    }
}
