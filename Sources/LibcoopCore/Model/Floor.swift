/// One storey of a library building and the spaces on it.
///
/// `level` is the number signed in the building, counted the Chinese way: 1 is the ground floor,
/// 2 is the floor above it ("2F", 二层), -1 is the first basement ("B1"). There is no floor 0.
public struct Floor: Hashable, Sendable {
    public var level: Int
    /// How the building signs it, when the source gives a form other than the default ("2F", "B1").
    public var label: String?
    public var spaces: [Space]

    public init(level: Int, label: String? = nil, spaces: [Space]) {
        self.level = level
        self.label = label
        self.spaces = spaces
    }

    /// The label to show: the dataset's own, else "2F" above ground and "B1" below.
    public var displayLabel: String {
        if let label { return label }
        return Floor.defaultLabel(level: level)
    }

    public static func defaultLabel(level: Int) -> String {
        level < 0 ? "B\(-level)" : "\(level)F"
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension Floor: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}

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
