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

extension Program {
    /// The members of a program record.
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case kind
        case lead
        case partners
        case organizations
        case mode
        case status
        case start
        case end
        case description
        case descriptionEnglish = "description_en"
        case sources

        public static let recordType = RecordType.program
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .kind: .required(.choice(Kind.allCases.map(\.rawValue)), "类型", "Kind")
            case .lead: .optional(.reference(.library), "牵头馆", "Lead library")
            case .partners: .optional(.references([.library]), "合作馆", "Partner libraries")
            case .organizations: .optional(.references([.organization]), "合作机构", "Organizations")
            case .mode: .optional(.choice(Mode.allCases.map(\.rawValue)), "形式", "Mode")
            case .status: .optional(.choice(Status.allCases.map(\.rawValue)), "状态", "Status")
            case .start: .optional(.partialDate, "开始", "Start")
            case .end: .optional(.partialDate, "结束", "End")
            case .description: .optional(.multilineText, "说明", "Description")
            case .descriptionEnglish: .optional(.multilineText, "英文说明", "Description (English)")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}

extension Program.Kind {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .contest: FieldLabel("竞赛", "contest")
        case .lectureSeries: FieldLabel("系列讲座", "lecture series")
        case .activitySeries: FieldLabel("系列活动", "activity series")
        case .consultation: FieldLabel("咨询", "consultation")
        case .outreach: FieldLabel("外展服务", "outreach")
        case .training: FieldLabel("培训", "training")
        case .readingPromotion: FieldLabel("阅读推广", "reading promotion")
        case .exchange: FieldLabel("交流", "exchange")
        case .other: FieldLabel("其他", "other")
        }
    }
}

extension Program.Status {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .planned: FieldLabel("计划中", "planned")
        case .running: FieldLabel("进行中", "running")
        case .completed: FieldLabel("已完成", "completed")
        }
    }
}

extension Program.Mode {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .online: FieldLabel("线上", "online")
        case .onsite: FieldLabel("线下", "on site")
        case .mixed: FieldLabel("线上线下", "mixed")
        }
    }
}
