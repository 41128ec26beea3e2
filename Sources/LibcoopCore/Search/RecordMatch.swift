import LibcoopSearch

/// A record found by `RecordSearchIndex`: what it is, what it is called and where it belongs.
public struct RecordMatch: Sendable, Hashable {
    public var kind: RecordKind
    public var id: String
    /// The name, or the title of an event, phase or document.
    public var name: String
    public var nameEnglish: String?
    /// Where the record belongs, for a person reading a list of mixed results: a space's library and
    /// floor, a person's library and department, an event's date and libraries, a program's lead
    /// library. Empty when the dataset says nothing. The parts are kept apart so that a display
    /// can choose the symbols between them (`context(separator:rangeDash:)`).
    public var contextParts: [ContextPart]
    /// The context as one line, parts between ` · `: "雨花台区图书馆 · 5F".
    public var context: String { context(separator: " · ", rangeDash: "–") }
    /// How the query matched; results are ordered by this first, then by kind.
    public var matchKind: MatchKind

    public init(kind: RecordKind, id: String, name: String, nameEnglish: String?, contextParts: [ContextPart], matchKind: MatchKind) {
        self.kind = kind
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.contextParts = contextParts
        self.matchKind = matchKind
    }

    /// The context as one line, `separator` between parts and `rangeDash` inside a range.
    public func context(separator: String, rangeDash: String) -> String {
        contextParts.map { part in
            switch part {
            case .text(let text): text
            case .range(let start, let end): start + rangeDash + end
            }
        }.joined(separator: separator)
    }

    /// One part of a record's context.
    public enum ContextPart: Sendable, Hashable {
        /// A name, a date, a floor label.
        case text(String)
        /// From `start` to `end`; `end` empty for something still going on.
        case range(start: String, end: String)
    }
}
