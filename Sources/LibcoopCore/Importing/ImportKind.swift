/// What a spreadsheet can be imported as: a library's staff roster or its list of rooms.
public enum ImportKind: String, Sendable, CaseIterable {
    case staff
    case spaces

    /// The columns this kind reads, in the order the dry run shows them.
    public var columns: [ImportColumn] {
        switch self {
        case .staff: ImportColumn.staffColumns
        case .spaces: ImportColumn.spaceColumns
        }
    }

    /// The record kind each row becomes.
    public var recordType: RecordType {
        switch self {
        case .staff: .staff
        case .spaces: .space
        }
    }
}
