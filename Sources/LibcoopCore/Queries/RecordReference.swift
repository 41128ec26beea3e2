/// One record named by its kind and id — the typed form of the `kind:id` a user writes on the
/// command line (`staff:zhangqingwen`). Inside the program a place is always this value; the
/// string form exists only where text comes in or goes out.
public struct RecordReference: Sendable, Hashable, CustomStringConvertible {
    public var kind: RecordKind
    public var id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    /// Reads `kind:id`; nil when the kind is not a record kind or the id is empty.
    public init?(parsing text: String) {
        guard let colon = text.firstIndex(of: ":"), let kind = RecordKind(rawValue: String(text[..<colon])) else { return nil }
        let id = String(text[text.index(after: colon)...])
        guard !id.isEmpty else { return nil }
        self.init(kind: kind, id: id)
    }

    /// `kind:id`, as `init(parsing:)` reads it.
    public var description: String { "\(kind.rawValue):\(id)" }
}
