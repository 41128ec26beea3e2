/// One line of the cooperation's history: a phase (a span of years) or a dated event.
public struct TimelineEntry: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case phase
        case event
    }

    public var kind: Kind
    public var id: String
    public var title: String
    public var titleEnglish: String?
    /// When it began; `nil` for a phase whose start the sources do not give.
    public var start: PartialDate?
    public var end: PartialDate?
    /// For phases: still running on the source's date.
    public var ongoing: Bool
    public var parent: String?
    /// How many ancestors it has (a part of a visit is at depth 1).
    public var depth: Int
    public var libraries: [String]
    public var participants: [String]
    public var description: String?
    public var descriptionEnglish: String?
    public var sources: [String]
}
