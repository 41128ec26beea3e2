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
