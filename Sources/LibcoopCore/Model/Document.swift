/// A document that shapes the cooperation, such as a year's work plan.
public struct Document: Hashable, Sendable {
    /// What sort of document it is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case workPlan = "work_plan"
        case agreement
        case report
        case notice
        case other
    }

    public var id: String
    public var title: String
    public var titleEnglish: String?
    public var kind: Kind
    public var year: Int?
    /// Ids of the libraries or organisations that issued it, when the sources say.
    public var issuers: [String]
    public var description: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, title: String, titleEnglish: String? = nil, kind: Kind, year: Int? = nil, issuers: [String] = [],
        description: String? = nil, sources: [String], origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.kind = kind
        self.year = year
        self.issuers = issuers
        self.description = description
        self.sources = sources
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Document: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension Document {
    /// The members of a document record (a work plan, an agreement, …).
    public enum Field: String, RecordField {
        case id
        case title
        case titleEnglish = "title_en"
        case kind
        case year
        case issuers
        case description
        case sources

        public static let recordType = RecordType.document
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .title: .required(.text, "标题", "Title")
            case .titleEnglish: .optional(.text, "英文标题", "English title")
            case .kind: .required(.choice(Kind.allCases.map(\.rawValue)), "类型", "Kind")
            case .year: .optional(.year, "年份", "Year")
            case .issuers: .optional(.references([.library, .organization]), "发文单位", "Issuers")
            case .description: .optional(.multilineText, "说明", "Description")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}

extension Document.Kind {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .workPlan: FieldLabel("工作方案", "work plan")
        case .agreement: FieldLabel("协议", "agreement")
        case .report: FieldLabel("报告", "report")
        case .notice: FieldLabel("通知", "notice")
        case .other: FieldLabel("其他", "other")
        }
    }
}
