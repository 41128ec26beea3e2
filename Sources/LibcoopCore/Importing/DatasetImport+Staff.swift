/// Importing a staff roster: a row is a person of the library, matched by name.
extension DatasetImport {
    static func planStaff(
        _ entries: [ImportSheet.Entry], into plan: inout ImportPlan, dataset: Dataset, sources: [String]?, edits: inout FileEdits
    ) {
        let library = plan.library
        let nameColumn = ImportColumn.staffColumns[0]
        var existingByName: [String: [StaffMember]] = [:]
        for person in dataset.staff where person.library == library.id { existingByName[person.name, default: []].append(person) }
        var takenIdentifiers = Set(dataset.staff.map(\.id))
        var firstRowOfName: [String: Int] = [:]
        var replacements: [(person: StaffMember, members: [(name: String, value: String)])] = []
        var newRecords: [[UInt8]] = []
        let newSources = sources ?? library.sources
        if sources == nil, entries.contains(where: { existingByName[$0.values[nameColumn.name] ?? ""] == nil }) {
            plan.warnings.append("new staff cite the library's sources (\(library.sources.joined(separator: ", "))); give others with --source")
        }
        for entry in entries {
            guard let name = entry.values[nameColumn.name] else {
                plan.problems.append(ImportPlan.Problem(row: entry.row, message: "no name (\(nameColumn.label.chinese))"))
                continue
            }
            let rowProblems = ImportColumn.staffColumns.compactMap { column in
                entry.values[column.name].flatMap { textProblem($0, column: column) }
            }
            if !rowProblems.isEmpty {
                plan.problems += rowProblems.map { ImportPlan.Problem(row: entry.row, message: $0) }
                continue
            }
            if let first = firstRowOfName[name] {
                plan.problems.append(ImportPlan.Problem(row: entry.row, message: "\(TextCheck.quoted(name)) is also on row \(first); each person once"))
                continue
            }
            firstRowOfName[name] = entry.row
            let matches = existingByName[name] ?? []
            if matches.count > 1 {
                plan.problems.append(ImportPlan.Problem(
                    row: entry.row,
                    message: "\(library.id) has \(matches.count) people named \(TextCheck.quoted(name)) (\(matches.map(\.id).joined(separator: ", "))); import cannot tell which; edit them with libcoop edit"
                ))
                continue
            }
            let values = values(of: entry, kind: .staff, skipping: [nameColumn.name])
            if let person = matches.first {
                let fields = values.compactMap { value -> ImportPlan.FieldChange? in
                    let old = StaffMember.Field(rawValue: value.column.name).flatMap { person.text(of: $0) }
                    return old == value.text ? nil : ImportPlan.FieldChange(column: value.column, old: old, new: value.text)
                }
                if fields.isEmpty {
                    plan.unchangedRows.append(entry.row)
                } else {
                    plan.changes.append(ImportPlan.Change(row: entry.row, id: person.id, name: name, place: nil, fields: fields))
                    replacements.append((person, fields.map { ($0.column.name, $0.new) }))
                }
                continue
            }
            let id = ReadableIdentifier.make(from: name, taken: takenIdentifiers)
            takenIdentifiers.insert(id)
            plan.additions.append(ImportPlan.Addition(row: entry.row, id: id, name: name, place: nil, values: values))
            var members: [(name: String, json: [UInt8])] = [
                (StaffMember.Field.id.name, StringEscaping.quoted(id)),
                (StaffMember.Field.name.name, StringEscaping.quoted(name)),
            ]
            members += values.map { ($0.column.name, StringEscaping.quoted($0.text)) }
            members.insert((StaffMember.Field.library.name, StringEscaping.quoted(library.id)), at: 2)
            members.append((StaffMember.Field.sources.name, Array(("[" + newSources.map { String(decoding: StringEscaping.quoted($0), as: UTF8.self) }.joined(separator: ",") + "]").utf8)))
            newRecords.append(RecordPatch.object(members))
        }
        guard plan.problems.isEmpty else { return }
        for (person, members) in replacements {
            let place = RecordPlace(array: .staff, index: Int(person.origin.index))
            edits.edit(fileIndex: Int(person.origin.file)) { bytes throws(RecordWriteError) in
                let text = try RecordWriter.recordText(at: place, in: bytes)
                guard RecordEdit.identifier(in: text) == person.id else {
                    throw RecordWriteError(message: "the file changed while it was read; run the command again")
                }
                let patched: [UInt8]
                do {
                    patched = try RecordPatch.setting(members, in: text)
                } catch {
                    throw RecordWriteError(message: (error as? JSONSyntaxError)?.message ?? "\(error)")
                }
                return try RecordWriter.replacing(recordAt: place, in: bytes, with: patched).bytes
            }
        }
        guard !newRecords.isEmpty else { return }
        let colleagues = dataset.staff.filter { $0.library == library.id && $0.origin.file >= 0 }
        let fileIndex = Int(colleagues.last?.origin.file ?? library.origin.file)
        for record in newRecords {
            edits.edit(fileIndex: fileIndex) { bytes throws(RecordWriteError) in
                try RecordWriter.appending(record, toArrayAt: JSONPointer().appending(Dataset.Field.staff.rawValue), in: bytes, kind: .staff)
            }
        }
    }
}

extension StaffMember {
    /// The text of a text member (nil when absent or not text).
    func text(of field: Field) -> String? {
        switch field {
        case .name: name
        case .nameEnglish: nameEnglish
        case .department: department
        case .departmentEnglish: departmentEnglish
        case .title: title
        case .titleEnglish: titleEnglish
        case .id: id
        case .library: library
        case .organization: organization
        case .sources: nil
        }
    }
}
