extension FieldType {
    /// What a value of this type looks like, for the comments above a record being edited
    /// ("one of: municipal, district").
    public var explanation: String {
        switch self {
        case .text: "text"
        case .multilineText: "text (line breaks written as \\n)"
        case .identifier: "id: lowercase letters, digits and -"
        case .reference(let kind): "the id of \(kind.noun)"
        case .references(let kinds): "a list of \(kinds.map(\.referenceNoun).joined(separator: " or ")) ids"
        case .choice(let values): "one of: \(values.joined(separator: ", "))"
        case .partialDate: "a date: \"YYYY\", \"YYYY-MM\" or \"YYYY-MM-DD\""
        case .integer(let range, let excluded):
            "a whole number from \(range.lowerBound) to \(range.upperBound)" + (excluded.map { ", not \($0)" } ?? "")
        case .boolean: "true or false"
        case .constant(let text): "exactly \"\(text)\""
        case .record(let kind): "\(kind.noun) (an object)"
        case .records(let kind): "a list of \(kind.plural) (objects)"
        }
    }
}
