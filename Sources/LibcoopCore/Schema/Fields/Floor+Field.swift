extension Floor {
    /// The members of a floor of a library.
    public enum Field: String, RecordField {
        case level
        case label
        case spaces

        public static let recordType = RecordType.floor
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .level: .required(.integer(-20...300, excluded: 0), "层", "Level")
            case .label: .optional(.text, "楼层名称", "Label")
            case .spaces: .required(.records(.space), "空间", "Spaces")
            }
        }
    }
}
