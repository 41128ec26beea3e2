/// A publication that states some of the dataset's facts, such as a news article.
///
/// Every record lists the sources it comes from, so a reader can check any fact against its origin.
/// Generated demo and scale-test data cite a source marked `synthetic`.
public struct Source: Hashable, Sendable {
    public var id: String
    public var title: String
    public var titleEnglish: String?
    /// The web site or periodical that carried it, e.g. 书香江苏在线.
    public var site: String?
    /// The organisation responsible for the site.
    public var publisher: String?
    /// The original author (原作者).
    public var author: String?
    /// The account that posted it on the site (发布者).
    public var postedBy: String?
    /// Who supplied it (来自), e.g. the library that wrote the report.
    public var contributedBy: String?
    public var date: PartialDate?
    public var url: String?
    /// True when the "source" is a generator, not a real publication.
    public var synthetic: Bool
    public var notes: String?
    public var origin: RecordOrigin

    public init(
        id: String, title: String, titleEnglish: String? = nil, site: String? = nil, publisher: String? = nil,
        author: String? = nil, postedBy: String? = nil, contributedBy: String? = nil, date: PartialDate? = nil,
        url: String? = nil, synthetic: Bool = false, notes: String? = nil, origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.title = title
        self.titleEnglish = titleEnglish
        self.site = site
        self.publisher = publisher
        self.author = author
        self.postedBy = postedBy
        self.contributedBy = contributedBy
        self.date = date
        self.url = url
        self.synthetic = synthetic
        self.notes = notes
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Source: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

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
