import Foundation

/// Writes a value as pretty-printed JSON with stable key order, followed by a newline.
enum JSONOutput {
    static func write<Value: Encodable>(_ value: Value) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        StandardStreams.write(String(decoding: data, as: UTF8.self) + "\n")
    }
}
