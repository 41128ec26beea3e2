/// An enumeration the decoder reads from a string (`FieldDecoder.choice`), with its raw values
/// packed into words (`PackedName`) once, so a value in a file is matched by its bytes, without
/// making a string of it or comparing it with each raw value as a string.
protocol DecodableChoice: RawRepresentable<String>, CaseIterable, Sendable {
    /// Declare as `ChoiceTable(Self.self)`.
    static var choices: ChoiceTable<Self> { get }
}

/// The cases of a `DecodableChoice` and their raw values packed for matching bytes.
struct ChoiceTable<Value: DecodableChoice>: Sendable {
    private let cases: [Value]
    /// The raw values packed, `PackedName.unmatchable` for one too long to pack.
    private let packedRawValues: [PackedName]

    init(_ type: Value.Type) {
        cases = Array(Value.allCases)
        packedRawValues = cases.map { PackedName(Array($0.rawValue.utf8)) ?? .unmatchable }
    }

    /// The case whose raw value is exactly `packed`, if there is one.
    func value(for packed: PackedName) -> Value? {
        for index in packedRawValues.indices where packedRawValues[index] == packed { return cases[index] }
        return nil
    }
}

extension Organization.Kind: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Library.Tier: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Space.Kind: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Space.Status: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Program.Kind: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Program.Mode: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Program.Status: DecodableChoice { static let choices = ChoiceTable(Self.self) }
extension Document.Kind: DecodableChoice { static let choices = ChoiceTable(Self.self) }
