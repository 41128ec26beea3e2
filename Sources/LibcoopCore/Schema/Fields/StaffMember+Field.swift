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
