/// Importing a staff roster: a row is a person of the library, matched by id when it gives one
/// (编号, ID), else by name.
extension DatasetImport {
    static func planStaff(
        _ entries: [ImportSheet.Entry], into plan: inout ImportPlan, dataset: Dataset, sources: [String]?, edits: inout FileEdits,
        exportedForm: (String) -> String
    ) {
        let library = plan.library
        let columns = ImportColumn.staffColumns
        let nameColumn = ImportColumn(StaffMember.Field.name)
        let idColumn = ImportColumn.identifier(StaffMember.Field.id)
        var existingByName: [String: [StaffMember]] = [:]
        for person in dataset.staff where person.library == library.id { existingByName[person.name, default: []].append(person) }
        var existingByID: [String: StaffMember] = [:]
        for person in dataset.staff where existingByID[person.id] == nil { existingByID[person.id] = person }
        // Ids the sheet gives are taken before any is made from a name.
        var takenIdentifiers = Set(dataset.staff.map(\.id) + entries.compactMap { $0.values[idColumn.name] })
        var firstRowOfName: [String: Int] = [:]
        var firstRowOfID: [String: Int] = [:]
        var replacements: [(person: StaffMember, members: [(name: String, json: [UInt8])])] = []
        var newRecords: [[UInt8]] = []
        let newSources = sources ?? library.sources
        let citesLibrarySources = entries.contains { entry in
            entry.values[StaffMember.Field.sources.name] == nil
                && (entry.values[idColumn.name].map { existingByID[$0] == nil } ?? (existingByName[entry.values[nameColumn.name] ?? ""] == nil))
        }
        if sources == nil, citesLibrarySources {
            plan.warnings.append("new staff cite the library's sources (\(library.sources.joined(separator: ", "))); give others with --source")
        }
        for entry in entries {
            guard let name = entry.values[nameColumn.name] else {
                plan.problems.append(ImportPlan.Problem(row: entry.row, message: "no name (\(nameColumn.label.chinese))"))
                continue
            }
            var rowProblems = columns.compactMap { column in
                entry.values[column.name].flatMap { textProblem($0, column: column) }
            }
            if rowProblems.isEmpty, let problem = identifierProblem(entry, column: idColumn) { rowProblems.append(problem) }
            if let problem = libraryProblem(entry, library: library) { rowProblems.append(problem) }
            if !rowProblems.isEmpty {
                plan.problems += rowProblems.map { ImportPlan.Problem(row: entry.row, message: $0) }
                continue
            }
            if let first = firstRowOfName[name] {
                plan.problems.append(ImportPlan.Problem(row: entry.row, message: "\(TextCheck.quoted(name)) is also on row \(first); each person once"))
                continue
            }
            firstRowOfName[name] = entry.row
            let givenID = entry.values[idColumn.name]
            if let givenID {
                if let first = firstRowOfID[givenID] {
                    plan.problems.append(ImportPlan.Problem(row: entry.row, message: "the id \"\(TextCheck.quoted(givenID))\" is also on row \(first); each person once"))
                    continue
                }
                firstRowOfID[givenID] = entry.row
            }
            let person: StaffMember?
            if let givenID, let found = existingByID[givenID] {
                guard found.library == library.id else {
                    plan.problems.append(ImportPlan.Problem(
                        row: entry.row,
                        message: "the id \"\(TextCheck.quoted(givenID))\" is \(TextCheck.quoted(found.name)) of \(found.library.map { TextCheck.quoted($0) } ?? "no library"), not of \(library.id); ids are unique across the dataset: leave 编号 (ID) empty to add a new person"
                    ))
                    continue
                }
                person = found
            } else {
                let matches = existingByName[name] ?? []
                if matches.count > 1 {
                    plan.problems.append(ImportPlan.Problem(
                        row: entry.row,
                        message: "\(library.id) has \(matches.count) people named \(TextCheck.quoted(name)) (\(matches.map(\.id).joined(separator: ", "))); import cannot tell which; give the id (编号, ID) or edit them with libcoop edit"
                    ))
                    continue
                }
                if let givenID, let match = matches.first {
                    plan.problems.append(ImportPlan.Problem(
                        row: entry.row,
                        message: "\(TextCheck.quoted(name)) of \(library.id) has the id \(match.id), not \"\(TextCheck.quoted(givenID))\"; give \(match.id) or leave 编号 (ID) empty to update that person"
                    ))
                    continue
                }
                person = matches.first
            }
            let skipped = Set([idColumn.name, ImportColumn.library.name] + (person == nil ? [nameColumn.name] : []))
            let values = values(of: entry, kind: .staff, skipping: skipped)
            if let person {
                let fields = values.compactMap { value -> ImportPlan.FieldChange? in
                    let old = StaffMember.Field(rawValue: value.column.name).flatMap { person.text(of: $0) }
                    return old == value.text || old.map(exportedForm) == value.text ? nil : ImportPlan.FieldChange(column: value.column, old: old, new: value.text)
                }
                if fields.isEmpty {
                    plan.unchangedRows.append(entry.row)
                } else {
                    plan.changes.append(ImportPlan.Change(row: entry.row, id: person.id, name: name, place: nil, fields: fields))
                    replacements.append((person, fields.map { ($0.column.name, json($0.new, column: $0.column)) }))
                }
                continue
            }
            let id = givenID ?? ReadableIdentifier.make(from: name, taken: takenIdentifiers)
            takenIdentifiers.insert(id)
            plan.additions.append(ImportPlan.Addition(row: entry.row, id: id, name: name, place: nil, values: values))
            var members: [(name: String, json: [UInt8])] = [
                (StaffMember.Field.id.name, StringEscaping.quoted(id)),
                (StaffMember.Field.name.name, StringEscaping.quoted(name)),
                (StaffMember.Field.library.name, StringEscaping.quoted(library.id)),
            ]
            members += values.map { ($0.column.name, json($0.text, column: $0.column)) }
            if !values.contains(where: { $0.column.name == StaffMember.Field.sources.name }) {
                members.append((StaffMember.Field.sources.name, json(list: newSources)))
            }
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
                    patched = try RecordPatch.setting(json: members, in: text)
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
    /// The text of a member as the import compares it (nil when absent; sources joined by `, `).
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
        case .sources: sources.joined(separator: ", ")
        }
    }
}
