/// A joint reading or service program run by one library with the help of others.
public struct Program: Hashable, Sendable {
    /// The form the program takes.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case contest
        case lectureSeries = "lecture_series"
        case activitySeries = "activity_series"
        case consultation
        case outreach
        case training
        case readingPromotion = "reading_promotion"
        case exchange
        case other
    }

    /// Where the program reaches its readers.
    public enum Mode: String, Sendable, CaseIterable, Codable {
        case online
        case onsite
        case mixed
    }

    /// Whether the program has run, is running or is only planned.
    public enum Status: String, Sendable, CaseIterable, Codable {
        case planned
        case running
        case completed
    }

    public var id: String
    public var name: String
    public var nameEnglish: String?
    public var kind: Kind
    /// The library that runs it.
    public var lead: String?
    /// Libraries that support it (lend resources, speakers, guidance).
    public var partners: [String]
    public var organizations: [String]
    /// `nil` when the sources do not say.
    public var mode: Mode?
    public var status: Status?
    public var start: PartialDate?
    public var end: PartialDate?
    public var description: String?
    public var descriptionEnglish: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, name: String, nameEnglish: String? = nil, kind: Kind, lead: String? = nil, partners: [String] = [],
        organizations: [String] = [], mode: Mode? = nil, status: Status? = nil, start: PartialDate? = nil,
        end: PartialDate? = nil, description: String? = nil, descriptionEnglish: String? = nil, sources: [String],
        origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.lead = lead
        self.partners = partners
        self.organizations = organizations
        self.mode = mode
        self.status = status
        self.start = start
        self.end = end
        self.description = description
        self.descriptionEnglish = descriptionEnglish
        self.sources = sources
        self.origin = origin
    }

    /// Every library involved, lead first.
    public var libraries: [String] {
        (lead.map { [$0] } ?? []) + partners.filter { $0 != lead }
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Program: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}
