/// A person on either side of the cooperation: library staff, or an official of a bureau.
///
/// A person belongs to exactly one library or one organisation.
public struct StaffMember: Hashable, Sendable {
    public var id: String
    /// The name in Simplified Chinese, as the sources give it.
    public var name: String
    public var nameEnglish: String?
    /// The library the person works for; `nil` when they belong to an organisation instead.
    public var library: String?
    /// The non-library organisation the person belongs to.
    public var organization: String?
    public var department: String?
    public var departmentEnglish: String?
    public var title: String?
    public var titleEnglish: String?
    public var sources: [String]
    public var origin: RecordOrigin

    public init(
        id: String, name: String, nameEnglish: String? = nil, library: String? = nil, organization: String? = nil,
        department: String? = nil, departmentEnglish: String? = nil, title: String? = nil,
        titleEnglish: String? = nil, sources: [String], origin: RecordOrigin = .synthetic
    ) {
        self.id = id
        self.name = name
        self.nameEnglish = nameEnglish
        self.library = library
        self.organization = organization
        self.department = department
        self.departmentEnglish = departmentEnglish
        self.title = title
        self.titleEnglish = titleEnglish
        self.sources = sources
        self.origin = origin
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension StaffMember: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension StaffMember {
    /// The members of a staff record (a person).
    public enum Field: String, RecordField {
        case id
        case name
        case nameEnglish = "name_en"
        case library
        case organization
        case department
        case departmentEnglish = "department_en"
        case title
        case titleEnglish = "title_en"
        case sources

        public static let recordType = RecordType.staff
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .id: .required(.identifier, "编号", "ID")
            case .name: .required(.text, "姓名", "Name")
            case .nameEnglish: .optional(.text, "英文姓名", "English name")
            case .library: .optional(.reference(.library), "图书馆", "Library")
            case .organization: .optional(.reference(.organization), "机构", "Organization")
            case .department: .optional(.text, "部门", "Department")
            case .departmentEnglish: .optional(.text, "英文部门", "Department (English)")
            case .title: .optional(.text, "职务", "Title")
            case .titleEnglish: .optional(.text, "英文职务", "Title (English)")
            case .sources: .required(.references([.source]), "来源", "Sources")
            }
        }
    }
}
