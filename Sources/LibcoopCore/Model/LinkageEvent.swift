/// A dated happening in the city–district cooperation: a visit, a meeting, a training session.
///
/// Events nest: the parts of a visit (the tour, the talks, the training) name the visit as `parent`.
public struct LinkageEvent: Hashable, Sendable {
    public var id: String
    public var title: String
    public var titleEnglish: String?
    public var date: PartialDate
    /// The last day of an event that spans several.
    public var endDate: PartialDate?
    public var parent: String?
    public var libraries: [String]
    public var organizations: [String]
    /// Staff ids of the people who took part.
    public var participants: [String]
    public var programs: [String]
    public var documents: [String]
    /// Ids of the rooms it took place in.
    public var spaces: [String]
    public var description: String?
    public var descriptionEnglish: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, title: String, titleEnglish: String? = nil, date: PartialDate, endDate: PartialDate? = nil,
        parent: String? = nil, libraries: [String] = [], organizations: [String] = [], participants: [String] = [],
        programs: [String] = [], documents: [String] = [], spaces: [String] = [], description: String? = nil,
        descriptionEnglish: String? = nil, sources: [String], origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.date = date
        self.endDate = endDate
        self.parent = parent
        self.libraries = libraries
        self.organizations = organizations
        self.participants = participants
        self.programs = programs
        self.documents = documents
        self.spaces = spaces
        self.description = description
        self.descriptionEnglish = descriptionEnglish
        self.sources = sources
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension LinkageEvent: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}
