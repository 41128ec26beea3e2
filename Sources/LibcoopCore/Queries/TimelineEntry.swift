/// One line of the cooperation's history: a phase (a span of years), a dated event, or a document
/// with a year (a work plan, an agreement) that drove what happened.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case phase
        case event
        case document
    }

    public var kind: Kind
    public var id: String
    public var title: String
    public var titleEnglish: String?
    /// When it began; `nil` for a phase whose start the sources do not give. A document's year.
    public var start: PartialDate?
    public var end: PartialDate?
    /// For phases: still running on the source's date.
    public var ongoing: Bool
    public var parent: String?
    /// How many ancestors it has (a part of a visit is at depth 1).
    public var depth: Int
    /// For a document: the libraries that issued it, then those of the events that discuss it.
    public var libraries: [String]
    public var participants: [String]
    /// For an event: the documents it discusses (ids).
    public var documents: [String]
    /// For a document: the events that discuss it (ids), in file order.
    public var events: [String]
    public var description: String?
    public var descriptionEnglish: String?
    public var sources: [String]

    public init(
        kind: Kind, id: String, title: String, titleEnglish: String?, start: PartialDate?, end: PartialDate?, ongoing: Bool,
        parent: String?, depth: Int, libraries: [String], participants: [String] = [], documents: [String] = [],
        events: [String] = [], description: String?, descriptionEnglish: String?, sources: [String]
    ) {
        self.kind = kind
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.start = start
        self.end = end
        self.ongoing = ongoing
        self.parent = parent
        self.depth = depth
        self.libraries = libraries
        self.participants = participants
        self.documents = documents
        self.events = events
        self.description = description
        self.descriptionEnglish = descriptionEnglish
        self.sources = sources
    }
}
