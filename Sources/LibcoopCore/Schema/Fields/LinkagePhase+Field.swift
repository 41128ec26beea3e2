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
