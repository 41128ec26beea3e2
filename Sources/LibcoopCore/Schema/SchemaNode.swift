/// A JSON value whose object members keep the order they were given in, printed as people read
/// it (two-space indent, non-ASCII text as is), for the generated `data/schema.json`.
indirect enum SchemaNode {
    case object([(String, SchemaNode)])
    case array([SchemaNode])
    case string(String)
    case integer(Int)
    case boolean(Bool)

    /// The value as indented JSON text, without a final newline.
    func text(indent: Int = 0) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let closing = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            guard !members.isEmpty else { return "{}" }
            let lines = members.map { inner + Self.quoted($0.0) + ": " + $0.1.text(indent: indent + 1) }
            return "{\n" + lines.joined(separator: ",\n") + "\n" + closing + "}"
        case .array(let elements):
            guard !elements.isEmpty else { return "[]" }
            let lines = elements.map { inner + $0.text(indent: indent + 1) }
            return "[\n" + lines.joined(separator: ",\n") + "\n" + closing + "]"
        case .string(let value):
            return Self.quoted(value)
        case .integer(let value):
            return String(value)
        case .boolean(let value):
            return value ? "true" : "false"
        }
    }

    private static func quoted(_ value: String) -> String {
        var result = "\""
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
