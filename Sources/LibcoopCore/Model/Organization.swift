/// A body that is not a library but takes part in the cooperation, such as a district's bureau of
/// culture and tourism. Staff may belong to one instead of to a library.
public struct Organization: Hashable, Sendable {
    /// What sort of body it is.
    public enum Kind: String, Sendable, CaseIterable, Codable {
        case bureau
        case partyCommittee = "party_committee"
        case company
        case other
    }

    public var id: String
    public var name: String
    public var nameEnglish: String?
    public var kind: Kind
    /// The body this one belongs to, e.g. a bureau's party committee names the bureau.
    public var parent: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, name: String, nameEnglish: String? = nil, kind: Kind, parent: String? = nil,
        sources: [String], origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.kind = kind
        self.parent = parent
        self.sources = sources
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Organization: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension Organization {
    /// The members of an organization record.
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case kind
        case parent
        case sources

        public static let recordType = RecordType.organization
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .kind: .required(.choice(Kind.allCases.map(\.rawValue)), "类型", "Kind")
            case .parent: .optional(.reference(.organization), "上级机构", "Parent")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}

extension Organization.Kind {
    /// What people call this value, in Chinese and English: the word every screen, report and
    /// export shows instead of the raw value.
    public var label: FieldLabel {
        switch self {
        case .bureau: FieldLabel("政府部门", "government bureau")
        case .partyCommittee: FieldLabel("党委", "party committee")
        case .company: FieldLabel("企业", "company")
        case .other: FieldLabel("其他", "other")
        }
    }
}
