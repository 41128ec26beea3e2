/// A room or area of a library: a reading room, a children's area, a meeting room.
public struct Space: Hashable, Sendable {
    /// What the space is for.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case serviceHall = "service_hall"
        case readingRoom = "reading_room"
        case children
        case accessibility
        case study
        case lending
        case periodicals
        case salon
        case multipurpose
        case specialCollection = "special_collection"
        case exhibition
        case meeting
        case training
        case other
    }

    /// Whether the space is in use.
    public enum Status: String, Sendable, CaseIterable, Codable {
        case open
        case underConstruction = "under_construction"
        case planned
        case closed
    }

    public var id: String
    public var name: String
    public var nameEnglish: String?
    public var kind: Kind
    public var status: Status
    public var notes: String?
    /// Sources beyond the library's own; empty means the library's sources state it.
    public var sources: [String]

    public init(
        id: String, name: String, nameEnglish: String? = nil, kind: Kind, status: Status = .open,
        notes: String? = nil, sources: [String] = []
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.status = status
        self.notes = notes
        self.sources = sources
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Space: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension Space {
    /// The members of a space (a room or area of a library).
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case kind
        case status
        case notes
        case sources

        public static let recordType = RecordType.space
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .kind: .required(.choice(Kind.allCases.map(\.rawValue)), "类型", "Kind")
            case .status: .required(.choice(Status.allCases.map(\.rawValue)), "状态", "Status")
            case .notes: .optional(.multilineText, "备注", "Notes")
            case .sources: .optional(.references([.source]), "来源", "Sources")
            }
        }
    }
}

extension Space.Status {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .open: FieldLabel("开放", "open")
        case .underConstruction: FieldLabel("建设中", "UNDER CONSTRUCTION")
        case .planned: FieldLabel("规划中", "planned")
        case .closed: FieldLabel("关闭", "closed")
        }
    }
}

extension Space.Kind {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .serviceHall: FieldLabel("服务大厅", "service hall")
        case .readingRoom: FieldLabel("阅览室", "reading room")
        case .children: FieldLabel("少儿", "children")
        case .accessibility: FieldLabel("无障碍", "accessibility")
        case .study: FieldLabel("自修", "study")
        case .lending: FieldLabel("借阅", "lending")
        case .periodicals: FieldLabel("报刊", "periodicals")
        case .salon: FieldLabel("沙龙", "salon")
        case .multipurpose: FieldLabel("多功能", "multipurpose")
        case .specialCollection: FieldLabel("特藏", "special collection")
        case .exhibition: FieldLabel("展览", "exhibition")
        case .meeting: FieldLabel("会议", "meeting")
        case .training: FieldLabel("培训", "training")
        case .other: FieldLabel("其他", "other")
        }
    }
}
