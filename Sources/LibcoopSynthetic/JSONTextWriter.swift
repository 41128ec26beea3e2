import LibcoopCore

/// Appends JSON text to a byte buffer and hands it to a sink in chunks, so a million-record
/// document is written without holding it all in memory. Member names are the declared fields'
/// (`RecordField`), so the generator cannot write a name the format does not have.
struct JSONTextWriter {
    private var buffer: [UInt8] = []
    private let flushThreshold: Int
    private let sink: ([UInt8]) throws -> Void

    init(flushThreshold: Int = 1 << 20, sink: @escaping ([UInt8]) throws -> Void) {
        self.flushThreshold = flushThreshold
        self.sink = sink
        buffer.reserveCapacity(flushThreshold + 4096)
    }

    /// Raw JSON punctuation or an already valid token.
    mutating func raw(_ text: String) {
        buffer.append(contentsOf: text.utf8)
    }

    /// A JSON string literal, escaped.
    mutating func string(_ text: String) {
        buffer.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): buffer.append(contentsOf: [0x5C, 0x22])
            case UInt8(ascii: "\\"): buffer.append(contentsOf: [0x5C, 0x5C])
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                buffer.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: buffer.append(byte)
            }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// `"key": ` before a value.
    private mutating func key(_ name: String) {
        string(name)
        buffer.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: " ")])
    }

    /// `"name": ` of a declared member before its value.
    mutating func key<Field: RecordField>(_ field: Field) {
        key(field.name)
    }

    /// `, "name": ` of a declared member: the start of a member that is not the first.
    mutating func nextKey<Field: RecordField>(_ field: Field) {
        raw(", ")
        key(field.name)
    }

    /// `"name": "value"` of a declared member, with a leading comma unless first.
    mutating func member<Field: RecordField>(_ field: Field, _ value: String, first: Bool = false) {
        member(field.name, value, first: first)
    }

    /// A member whose value is one of a model enumeration's words.
    mutating func member<Field: RecordField, Value: RawRepresentable<String>>(_ field: Field, _ value: Value, first: Bool = false) {
        member(field.name, value.rawValue, first: first)
    }

    mutating func member<Field: RecordField>(_ field: Field, _ value: Int, first: Bool = false) {
        member(field.name, value, first: first)
    }

    mutating func member<Field: RecordField>(_ field: Field, _ value: Bool, first: Bool = false) {
        if !first { raw(", ") }
        key(field.name)
        raw(value ? "true" : "false")
    }

    mutating func member<Field: RecordField>(_ field: Field, list values: [String], first: Bool = false) {
        member(field.name, list: values, first: first)
    }

    /// `"key": "value"` with a leading comma unless first.
    private mutating func member(_ name: String, _ value: String, first: Bool = false) {
        if !first { raw(", ") }
        key(name)
        string(value)
    }

    private mutating func member(_ name: String, _ value: Int, first: Bool = false) {
        if !first { raw(", ") }
        key(name)
        raw(String(value))
    }

    private mutating func member(_ name: String, list values: [String], first: Bool = false) {
        if !first { raw(", ") }
        key(name)
        raw("[")
        for (index, value) in values.enumerated() {
            if index > 0 { raw(", ") }
            string(value)
        }
        raw("]")
    }

    /// Passes the buffer to the sink when it is large enough.
    mutating func flushIfNeeded() throws {
        if buffer.count >= flushThreshold { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try sink(buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
