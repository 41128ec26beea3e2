import Foundation

/// Writes a value as pretty-printed JSON with stable key order, followed by a newline.
enum JSONOutput {
    static func write<Value: Encodable>(_ value: Value) throws {
        StandardStreams.write(try text(value))
    }

    /// What `write` writes, as a string.
    static func text<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
