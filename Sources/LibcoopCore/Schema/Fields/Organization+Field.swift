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
