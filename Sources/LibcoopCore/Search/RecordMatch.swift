import LibcoopSearch

/// A record found by `RecordSearchIndex`: what it is, what it is called and where it belongs.
public struct RecordMatch: Sendable, Hashable {
    public var kind: RecordKind
    public var id: String
    /// The name, or the title of an event, phase or document.
    public var name: String
    public var nameEnglish: String?
    /// Where the record belongs, for a person reading a list of mixed results: a space's library and
    /// floor ("雨花台区图书馆 · 5F"), a person's library and department, an event's date and
    /// libraries, a program's lead library. Empty when the dataset says nothing.
    public var context: String
    /// How the query matched; results are ordered by this first, then by kind.
    public var matchKind: MatchKind

    public init(kind: RecordKind, id: String, name: String, nameEnglish: String?, context: String, matchKind: MatchKind) {
        self.kind = kind
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.context = context
        self.matchKind = matchKind
    }
}
