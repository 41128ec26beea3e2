/// What one member of a record is: its value type, whether it must be present, whether it may be
/// `null`, and its label. A `RecordField` returns one for each of its cases.
public struct FieldDeclaration: Sendable, Hashable {
    public var type: FieldType
    public var isRequired: Bool
    /// An optional member may say `null` when its type allows it (see `FieldType`).
    public var allowsNull: Bool
    public var label: FieldLabel

    public init(_ type: FieldType, isRequired: Bool, allowsNull: Bool? = nil, label: FieldLabel) {
        self.type = type
        self.isRequired = isRequired
        self.allowsNull = allowsNull ?? (!isRequired && type.acceptsNull)
        self.label = label
    }

    /// A member every record must have.
    public static func required(_ type: FieldType, _ chinese: String, _ english: String) -> FieldDeclaration {
        FieldDeclaration(type, isRequired: true, label: FieldLabel(chinese, english))
    }

    /// A member a record may leave out (or, for scalar values, give as `null`).
    public static func optional(_ type: FieldType, _ chinese: String, _ english: String) -> FieldDeclaration {
        FieldDeclaration(type, isRequired: false, label: FieldLabel(chinese, english))
    }
}
