/// How a member's value is written in a dataset file.
public enum FieldType: Sendable, Hashable {
    /// One line of text: no control characters.
    case text
    /// Text that may hold line breaks and tabs (descriptions, notes).
    case multilineText
    /// The record's own id: short lowercase ASCII.
    case identifier
    /// The id of one record of the given kind.
    case reference(RecordType)
    /// A list of ids, each of a record of one of the given kinds.
    case references([RecordType])
    /// One of a fixed set of words (the raw values of a model enumeration).
    case choice([String])
    /// A date known to the year, month or day: "YYYY", "YYYY-MM" or "YYYY-MM-DD".
    case partialDate
    /// A whole number in `range`, other than `excluded`.
    case integer(ClosedRange<Int>, excluded: Int? = nil)
    case boolean
    /// Exactly this text (the format version).
    case constant(String)
    /// One nested object of the given kind.
    case record(RecordType)
    /// A list of nested objects of the given kind.
    case records(RecordType)

    /// A year of the common era.
    public static let year = FieldType.integer(1...9999)

    /// True for values an optional member may give as `null` ("not known"); lists, flags and
    /// nested records are left out instead.
    var acceptsNull: Bool {
        switch self {
        case .text, .multilineText, .identifier, .reference, .choice, .partialDate, .integer: true
        case .references, .boolean, .constant, .record, .records: false
        }
    }

    /// What a list of this type holds, for problems with the list ("a list of source ids").
    var listNoun: String {
        switch self {
        case .references(let kinds): "a list of \(kinds.map(\.referenceNoun).joined(separator: " or ")) ids"
        case .records(let kind): "a list of \(kind.plural)"
        case .text, .multilineText, .identifier, .reference, .choice, .partialDate, .integer, .boolean, .constant, .record: "a list"
        }
    }
}
