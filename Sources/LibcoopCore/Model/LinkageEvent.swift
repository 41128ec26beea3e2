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

extension LinkageEvent {
    /// The members of an event record.
    public enum Field: String, RecordField {
        case id
        case title
        case titleEnglish = "title_en"
        case date
        case endDate = "end_date"
        case parent
        case libraries
        case organizations
        case participants
        case programs
        case documents
        case spaces
        case description
        case descriptionEnglish = "description_en"
        case sources

        public static let recordType = RecordType.event
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .title: .required(.text, "标题", "Title")
            case .titleEnglish: .optional(.text, "英文标题", "English title")
            case .date: .required(.partialDate, "日期", "Date")
            case .endDate: .optional(.partialDate, "结束日期", "End date")
            case .parent: .optional(.reference(.event), "所属活动", "Part of")
            case .libraries: .optional(.references([.library]), "图书馆", "Libraries")
            case .organizations: .optional(.references([.organization]), "机构", "Organizations")
            case .participants: .optional(.references([.staff]), "参与人员", "Participants")
            case .programs: .optional(.references([.program]), "项目", "Programs")
            case .documents: .optional(.references([.document]), "文件", "Documents")
            case .spaces: .optional(.references([.space]), "空间", "Spaces")
            case .description: .optional(.multilineText, "说明", "Description")
            case .descriptionEnglish: .optional(.multilineText, "英文说明", "Description (English)")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}
