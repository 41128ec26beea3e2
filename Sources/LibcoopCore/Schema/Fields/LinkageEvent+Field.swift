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
