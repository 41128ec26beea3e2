/// A stretch of the cooperation with its own way of working, e.g. "one-to-one liaison from 2018".
///
/// Either end may be unknown: sources often give when a phase began but not when it gave way to the
/// next. `ongoing` records that the source describes the phase as still running on its own date.
public struct LinkagePhase: Hashable, Sendable {
    public var id: String
    public var title: String
    public var titleEnglish: String?
    public var start: PartialDate?
    public var end: PartialDate?
    public var ongoing: Bool
    /// A broader phase this one is a stage of.
    public var parent: String?
    public var libraries: [String]
    public var organizations: [String]
    public var description: String?
    public var descriptionEnglish: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, title: String, titleEnglish: String? = nil, start: PartialDate? = nil, end: PartialDate? = nil,
        ongoing: Bool = false, parent: String? = nil, libraries: [String] = [], organizations: [String] = [],
        description: String? = nil, descriptionEnglish: String? = nil, sources: [String],
        origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.start = start
        self.end = end
        self.ongoing = ongoing
        self.parent = parent
        self.libraries = libraries
        self.organizations = organizations
        self.description = description
        self.descriptionEnglish = descriptionEnglish
        self.sources = sources
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension LinkagePhase: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension LinkagePhase {
    /// The members of a phase record.
    public enum Field: String, RecordField {
        case id
        case title
        case titleEnglish = "title_en"
        case start
        case end
        case ongoing
        case parent
        case libraries
        case organizations
        case description
        case descriptionEnglish = "description_en"
        case sources

        public static let recordType = RecordType.phase
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .title: .required(.text, "标题", "Title")
            case .titleEnglish: .optional(.text, "英文标题", "English title")
            case .start: .optional(.partialDate, "开始", "Start")
            case .end: .optional(.partialDate, "结束", "End")
            case .ongoing: .optional(.boolean, "进行中", "Ongoing")
            case .parent: .optional(.reference(.phase), "所属阶段", "Part of")
            case .libraries: .optional(.references([.library]), "图书馆", "Libraries")
            case .organizations: .optional(.references([.organization]), "机构", "Organizations")
            case .description: .optional(.multilineText, "说明", "Description")
            case .descriptionEnglish: .optional(.multilineText, "英文说明", "Description (English)")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}
