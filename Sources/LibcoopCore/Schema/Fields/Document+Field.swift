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
