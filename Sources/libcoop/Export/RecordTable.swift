import LibcoopApp
import LibcoopCore

/// One kind of record as a table for `libcoop export`: a column per declared member (in the
/// format's order, headed by its label in `language`), the rows in dataset order.
///
/// A reference member keeps the ids the dataset holds (so the sheet can be matched back to the
/// records and read by an importer), and is followed by a column with the names of the records
/// it refers to (so a person reading the sheet need not look ids up). References to sources get
/// no name column: every record cites them and the ids already trace each fact.
struct RecordTable {
    var index: DatasetIndex
    var language: Language

    /// The table of `selection`'s records of `kind`.
    func table(_ kind: ExportKind, of selection: ExportSelection) -> SpreadsheetTable {
        switch kind {
        case .staff: table(StaffMember.Field.self, selection.staff, ExportValues.value)
        case .spaces: spacesTable(selection.spaces)
        case .programs: table(Program.Field.self, selection.programs, ExportValues.value)
        case .events: table(LinkageEvent.Field.self, selection.events, ExportValues.value)
        case .phases: table(LinkagePhase.Field.self, selection.phases, ExportValues.value)
        case .documents: table(Document.Field.self, selection.documents, ExportValues.value)
        case .libraries: table(Library.Field.self, selection.libraries, ExportValues.value)
        case .organizations: table(Organization.Field.self, selection.organizations, ExportValues.value)
        }
    }

    /// Every space with its library and floor in front: the floor's level and the label the
    /// building signs it with.
    private func spacesTable(_ rows: [(library: Library, floor: Floor?, space: Space)]) -> SpreadsheetTable {
        var table = table(Space.Field.self, rows.map(\.space), ExportValues.value)
        table.headers = [
            pick(RecordType.library.label) + language.pick("", " ") + pick(Library.Field.id.label),
            nameHeader(RecordType.library.label),
            pick(Floor.Field.level.label),
            pick(Floor.Field.label.label),
        ] + table.headers
        table.numericColumns = Set(table.numericColumns.map { $0 + 4 } + [2])
        for (position, row) in rows.enumerated() {
            table.rows[position] = [
                row.library.id, name(row.library.name, english: row.library.nameEnglish),
                row.floor.map { String($0.level) } ?? "", row.floor?.displayLabel ?? "",
            ] + table.rows[position]
        }
        return table
    }

    /// The columns of `Field` (nested records left out) and one row per record.
    private func table<Field: RecordField, Record>(
        _ field: Field.Type, _ records: [Record], _ value: (Field, Record) -> ExportValue?
    ) -> SpreadsheetTable {
        let fields = Field.allCases.filter { !Self.isNested($0.type) }
        var headers: [String] = []
        var numericColumns: Set<Int> = []
        for field in fields {
            if case .integer = field.type { numericColumns.insert(headers.count) }
            headers.append(pick(field.label))
            if Self.namedKinds(field.type) != nil { headers.append(nameHeader(field.label)) }
        }
        var table = SpreadsheetTable(title: nil, headers: headers, numericColumns: numericColumns)
        table.rows.reserveCapacity(records.count)
        for record in records {
            var row: [String] = []
            row.reserveCapacity(headers.count)
            for field in fields {
                switch value(field, record) {
                case .text(let text): row.append(text ?? "")
                case .ids(let ids):
                    row.append(ids.joined(separator: ", "))
                    if Self.namedKinds(field.type) != nil {
                        row.append(ids.map { self.name(of: $0, kinds: Self.namedKinds(field.type) ?? []) }.joined(separator: language.pick("、", "; ")))
                    }
                case nil: row.append("")
                }
            }
            table.rows.append(row)
        }
        return table
    }

    /// The kinds a reference member refers to when it gets a name column; `nil` for other
    /// members and for references to sources.
    private static func namedKinds(_ type: FieldType) -> [RecordType]? {
        switch type {
        case .reference(let kind): kind == .source ? nil : [kind]
        case .references(let kinds): kinds == [.source] ? nil : kinds
        case .text, .multilineText, .identifier, .choice, .partialDate, .integer, .boolean, .constant, .record, .records: nil
        }
    }

    private static func isNested(_ type: FieldType) -> Bool {
        switch type {
        case .record, .records: true
        case .text, .multilineText, .identifier, .reference, .references, .choice, .partialDate, .integer, .boolean, .constant: false
        }
    }

    /// The name (or title) of the record `id` among `kinds`, or the id itself when none has it.
    private func name(of id: String, kinds: [RecordType]) -> String {
        for kind in kinds {
            if let found = name(of: id, kind: kind) { return found }
        }
        return id
    }

    private func name(of id: String, kind: RecordType) -> String? {
        switch kind {
        case .library: index.library(id).map { name($0.name, english: $0.nameEnglish) }
        case .staff: index.staffMember(id).map { name($0.name, english: $0.nameEnglish) }
        case .organization: index.organization(id).map { name($0.name, english: $0.nameEnglish) }
        case .program: index.program(id).map { name($0.name, english: $0.nameEnglish) }
        case .event: index.event(id).map { name($0.title, english: $0.titleEnglish) }
        case .phase: index.phase(id).map { name($0.title, english: $0.titleEnglish) }
        case .document: index.document(id).map { name($0.title, english: $0.titleEnglish) }
        case .space: index.space(id).map { name($0.space.name, english: $0.space.nameEnglish) }
        case .source: index.source(id).map { name($0.title, english: $0.titleEnglish) }
        case .root, .datasetInfo, .floor: nil
        }
    }

    /// A record's name in the table's language: the English one in English when there is one.
    private func name(_ name: String, english: String?) -> String {
        if language == .english, let english, !english.isEmpty { return english }
        return name
    }

    private func pick(_ label: FieldLabel) -> String { language.pick(label.chinese, label.english) }

    /// The heading of the name column after a reference column: 图书馆（名称）, Library (name).
    private func nameHeader(_ label: FieldLabel) -> String {
        language.pick(label.chinese + "（名称）", label.english + " (name)")
    }
}
