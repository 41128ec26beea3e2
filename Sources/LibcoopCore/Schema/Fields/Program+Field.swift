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
