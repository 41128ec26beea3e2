extension Source {
    /// The members of a source record.
    public enum Field: String, RecordField {
        case id
        case title
        case titleEnglish = "title_en"
        case site
        case publisher
        case author
        case postedBy = "posted_by"
        case contributedBy = "contributed_by"
        case date
        case url
        case synthetic
        case notes

        public static let recordType = RecordType.source
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .title: .required(.text, "标题", "Title")
            case .titleEnglish: .optional(.text, "英文标题", "English title")
            case .site: .optional(.text, "网站", "Site")
            case .publisher: .optional(.text, "发布单位", "Publisher")
            case .author: .optional(.text, "原作者", "Author")
            case .postedBy: .optional(.text, "发布者", "Posted by")
            case .contributedBy: .optional(.text, "来自", "Contributed by")
            case .date: .optional(.partialDate, "日期", "Date")
            case .url: .optional(.text, "网址", "URL")
            case .synthetic: .optional(.boolean, "合成数据", "Synthetic")
            case .notes: .optional(.multilineText, "备注", "Notes")
            }
        }
    }
}
