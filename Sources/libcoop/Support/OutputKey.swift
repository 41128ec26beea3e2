import LibcoopCore

/// A member name in a command's JSON output: a record member's declared name where the output
/// repeats one (`OutputKey(Library.Field.nameEnglish)` is `name_en`), or a name of the command's
/// own (`counts`, `match`), so no output spells a record's member names by hand.
struct OutputKey: CodingKey {
    let stringValue: String
    var intValue: Int? { nil }

    init<Field: RecordField>(_ field: Field) {
        stringValue = field.name
    }

    init(own name: String) {
        stringValue = name
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        nil
    }
}
