/// A problem with an edited record, as the editor shows it above the record: the line of the
/// record's text it is on (when it is in that text), the JSON pointer, the message.
public struct EditProblem: Hashable, Sendable, CustomStringConvertible {
    /// 1-based line in the record's text (comments stripped), or `nil` for a problem elsewhere.
    public var line: Int?
    public var pointer: String?
    public var message: String

    public init(line: Int? = nil, pointer: String? = nil, message: String) {
        self.line = line
        self.pointer = pointer
        self.message = message
    }

    public var description: String {
        var parts: [String] = []
        if let line { parts.append("line \(line)") }
        if let pointer, !pointer.isEmpty { parts.append(pointer) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}
