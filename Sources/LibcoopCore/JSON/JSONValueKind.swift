/// The kind of the next JSON value, known from its first byte.
enum JSONValueKind: Sendable {
    case object, array, string, number, bool, null

    /// The noun used in messages: "expected a string, found an object".
    var noun: String {
        switch self {
        case .object: "an object"
        case .array: "an array"
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        }
    }
}
