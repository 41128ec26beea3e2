/// The members of one kind of record, declared once as the cases of an enum whose raw values are
/// the JSON member names (`StaffMember.Field.nameEnglish` is `"name_en"`).
///
/// The same enum is the model's `CodingKeys` (so output uses the format's names), the decoder's
/// dispatch (an exhaustive `switch`, no string literals), the source of `data/schema.json`, and
/// the names the synthetic generator writes. Cases are listed in the format's order.
public protocol RecordField: CodingKey, CaseIterable, Hashable, Sendable, RawRepresentable where RawValue == String, AllCases == [Self] {
    /// The kind these are the members of.
    static var recordType: RecordType { get }
    /// The member's value type, presence and label.
    var declaration: FieldDeclaration { get }
    /// The members prepared for matching names in a file; declare as `FieldTable(Self.self)`.
    static var table: FieldTable<Self> { get }
}

extension RecordField {
    /// The member's name in a dataset file.
    public var name: String { rawValue }
    public var label: FieldLabel { declaration.label }
    public var type: FieldType { declaration.type }
    public var isRequired: Bool { declaration.isRequired }

    /// The member called `name` in a file, or `nil` when the kind has none.
    public init?(named name: String) {
        self.init(rawValue: name)
    }
}
