/// Where a top-level record is in a dataset file: the array that holds it and its index there
/// (`/staff/3` is `RecordPlace(array: .staff, index: 3)`).
public struct RecordPlace: Hashable, Sendable {
    public var array: Dataset.Field
    public var index: Int

    public init(array: Dataset.Field, index: Int) {
        self.array = array
        self.index = index
    }

    /// The JSON pointer of the record (`/staff/3`).
    public var pointer: JSONPointer { JSONPointer().appending(array.rawValue).appending(index) }

    /// The kind of record the array holds, when it holds records (`nil` for `format`, `dataset`).
    public var recordType: RecordType? {
        if case .records(let kind) = array.declaration.type { return kind }
        return nil
    }
}
