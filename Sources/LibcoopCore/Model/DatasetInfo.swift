/// What a dataset file says about itself: a name for title bars and reports, and whether it is made up.
public struct DatasetInfo: Hashable, Sendable {
    public var name: String
    public var nameEnglish: String?
    public var description: String?
    /// True for generated demo or scale-test data.
    public var synthetic: Bool

    public init(name: String, nameEnglish: String? = nil, description: String? = nil, synthetic: Bool = false) {
        self.name = name
        self.nameEnglish = nameEnglish
        self.description = description
        self.synthetic = synthetic
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension DatasetInfo: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

extension DatasetInfo {
    /// The members of a document's `dataset` object.
    public enum Field: String, RecordField {
        case name
        case nameEnglish = "name_en"
        case description
        case synthetic

        public static let recordType = RecordType.datasetInfo
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .name: .required(.text, "名称", "Name")
            case .nameEnglish: .optional(.text, "英文名称", "English name")
            case .description: .optional(.multilineText, "说明", "Description")
            case .synthetic: .optional(.boolean, "合成数据", "Synthetic")
            }
        }
    }
}
