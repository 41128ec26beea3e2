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
