extension Dataset {
    /// The members of a dataset document (the file's top-level object).
    ///
    /// `format` is required; the decoder reports it missing with a hint of the value to write.
    public enum Field: String, RecordField {
        case schema = "$schema"
        case format
        case dataset
        case sources
        case organizations
        case libraries
        case staff
        case programs
        case events
        case phases
        case documents

        public static let recordType = RecordType.root
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .schema: FieldDeclaration(.text, isRequired: false, allowsNull: false, label: FieldLabel("模式", "Schema"))
            case .format: .required(.constant(DatasetFormat.version), "格式", "Format")
            case .dataset: .optional(.record(.datasetInfo), "数据集", "Dataset")
            case .sources: .optional(.records(.source), "来源", "Sources")
            case .organizations: .optional(.records(.organization), "机构", "Organizations")
            case .libraries: .optional(.records(.library), "图书馆", "Libraries")
            case .staff: .optional(.records(.staff), "人员", "Staff")
            case .programs: .optional(.records(.program), "项目", "Programs")
            case .events: .optional(.records(.event), "活动", "Events")
            case .phases: .optional(.records(.phase), "阶段", "Phases")
            case .documents: .optional(.records(.document), "文件", "Documents")
            }
        }
    }
}
