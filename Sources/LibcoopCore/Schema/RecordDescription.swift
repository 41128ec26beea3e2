/// One kind of record described for code that works on any kind (the schema writer, a future
/// editor or importer): its members in order, each with name, type, presence and label.
///
/// Get one from `RecordType.recordDescription` or `RecordDescription(StaffMember.Field.self)`.
public struct RecordDescription: Sendable {
    /// One member of the kind, its name joined to its declaration.
    public struct Field: Sendable, Hashable {
        public var name: String
        public var declaration: FieldDeclaration
        public var type: FieldType { declaration.type }
        public var isRequired: Bool { declaration.isRequired }
        public var allowsNull: Bool { declaration.allowsNull }
        public var label: FieldLabel { declaration.label }
    }

    public var type: RecordType
    public var fields: [Field]

    public init<Declared: RecordField>(_ declared: Declared.Type) {
        type = Declared.recordType
        fields = Declared.allCases.map { Field(name: $0.rawValue, declaration: $0.declaration) }
    }

    /// The member called `name`, or `nil` when the kind has none.
    public func field(_ name: String) -> Field? {
        fields.first { $0.name == name }
    }

    public var requiredFieldNames: [String] { fields.filter(\.isRequired).map(\.name) }
}
