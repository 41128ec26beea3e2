/// Importing a room list: a row is a space of the library on a floor (or on none, when the floor
/// cell is empty), matched by id when it gives one (编号, ID), else by name on that floor.
extension DatasetImport {
    /// Where a space group is: a floor's index in the library's floors, or the spaces without a floor.
    private enum Group: Hashable {
        case floor(index: Int)
        case withoutFloor
    }

    static func planSpaces(
        _ entries: [ImportSheet.Entry], into plan: inout ImportPlan, dataset: Dataset, sources: [String]?, edits: inout FileEdits,
        exportedForm: (String) -> String
    ) {
        let library = plan.library
        let idColumn = ImportColumn.identifier(Space.Field.id)
        var owners: [String: (library: Library, place: String)] = [:]
        for other in dataset.libraries {
            for floor in other.floors { for space in floor.spaces where owners[space.id] == nil { owners[space.id] = (other, floor.displayLabel) } }
            for space in other.spacesWithoutFloor where owners[space.id] == nil { owners[space.id] = (other, "楼层不详 no floor") }
        }
        // Ids the sheet gives are taken before any is made from a name.
        var takenIdentifiers = Set(owners.keys).union(entries.compactMap { $0.values[idColumn.name] })
        var firstRowOfName: [String: Int] = [:]
        var firstRowOfID: [String: Int] = [:]
        var replacements: [(pointer: JSONPointer, id: String, members: [(name: String, json: [UInt8])])] = []
        var additions: [(pointer: JSONPointer, record: [UInt8])] = []
        var defaultedKinds = 0
        let floorList = library.floors.map(\.displayLabel).joined(separator: ", ")
        let libraryPointer = JSONPointer().appending(Dataset.Field.libraries.rawValue).appending(Int(library.origin.index))
        for entry in entries {
            var rowProblems: [String] = []
            let name = entry.values[Space.Field.name.name]
            if name == nil { rowProblems.append("no name (\(Space.Field.name.label.chinese))") }
            for column in ImportColumn.spaceColumns {
                if let text = entry.values[column.name], let problem = textProblem(text, column: column, allowsLineBreaks: column.name == Space.Field.notes.name) {
                    rowProblems.append(problem)
                }
            }
            if rowProblems.isEmpty, let problem = identifierProblem(entry, column: idColumn) { rowProblems.append(problem) }
            if let problem = libraryProblem(entry, library: library) { rowProblems.append(problem) }
            var group = Group.withoutFloor
            var placeLabel = "楼层不详 no floor"
            if let floorText = entry.values["floor"] ?? entry.values["floor_label"] {
                if let level = FloorText.level(of: floorText, among: library.floors),
                   let index = library.floors.firstIndex(where: { $0.level == level }) {
                    group = .floor(index: index)
                    placeLabel = library.floors[index].displayLabel
                } else {
                    rowProblems.append("\"\(TextCheck.quoted(floorText))\" is not a floor of \(library.id)" + (floorList.isEmpty ? " (it has no floors)" : " (its floors: \(floorList))"))
                }
            }
            var kind: Space.Kind?
            if let kindText = entry.values[Space.Field.kind.name] {
                kind = choice(kindText, among: Space.Kind.allCases, rawValue: \.rawValue, label: \.label)
                if kind == nil {
                    rowProblems.append("kind \"\(TextCheck.quoted(kindText))\" is not one of: " + Space.Kind.allCases.map { "\($0.rawValue) (\($0.label.chinese))" }.joined(separator: ", "))
                }
            }
            var status: Space.Status?
            if let statusText = entry.values[Space.Field.status.name] {
                status = choice(statusText, among: Space.Status.allCases, rawValue: \.rawValue, label: \.label)
                if status == nil {
                    rowProblems.append("status \"\(TextCheck.quoted(statusText))\" is not one of: " + Space.Status.allCases.map { "\($0.rawValue) (\($0.label.chinese))" }.joined(separator: ", "))
                }
            }
            guard rowProblems.isEmpty, let name else {
                plan.problems += rowProblems.map { ImportPlan.Problem(row: entry.row, message: $0) }
                continue
            }
            let key = "\(group)\u{0}\(name)"
            if let first = firstRowOfName[key] {
                plan.problems.append(ImportPlan.Problem(row: entry.row, message: "\(TextCheck.quoted(name)) on \(placeLabel) is also on row \(first); each room once"))
                continue
            }
            firstRowOfName[key] = entry.row
            let givenID = entry.values[idColumn.name]
            if let givenID {
                if let first = firstRowOfID[givenID] {
                    plan.problems.append(ImportPlan.Problem(row: entry.row, message: "the id \"\(TextCheck.quoted(givenID))\" is also on row \(first); each room once"))
                    continue
                }
                firstRowOfID[givenID] = entry.row
            }
            let arrayPointer: JSONPointer
            let existing: [Space]
            switch group {
            case .floor(let index):
                arrayPointer = libraryPointer.appending(Library.Field.floors.rawValue).appending(index).appending(Floor.Field.spaces.rawValue)
                existing = library.floors[index].spaces
            case .withoutFloor:
                arrayPointer = libraryPointer.appending(Library.Field.spacesWithoutFloor.rawValue)
                existing = library.spacesWithoutFloor
            }
            var given: [(column: ImportColumn, text: String)] = []
            let notCompared: Set<String> = ["floor", "floor_label", ImportColumn.library.name, idColumn.name, Space.Field.name.name]
            for column in ImportColumn.spaceColumns where !notCompared.contains(column.name) {
                guard let text = entry.values[column.name] else { continue }
                switch column.name {
                case Space.Field.kind.name: given.append((column, kind?.rawValue ?? text))
                case Space.Field.status.name: given.append((column, status?.rawValue ?? text))
                default: given.append((column, column.isList ? ImportColumn.listItems(text).joined(separator: ", ") : text))
                }
            }
            var matches = existing.enumerated().filter { $0.element.name == name }
            if let givenID {
                if let index = existing.firstIndex(where: { $0.id == givenID }) {
                    matches = [(index, existing[index])]
                } else if let owner = owners[givenID] {
                    let elsewhere = owner.library.id == library.id ? "on \(owner.place)" : "of \(TextCheck.quoted(owner.library.id))"
                    plan.problems.append(ImportPlan.Problem(
                        row: entry.row,
                        message: "the id \"\(TextCheck.quoted(givenID))\" is a room \(elsewhere), not on \(placeLabel) of \(library.id); import does not move rooms (use libcoop edit), and ids are unique: leave 编号 (ID) empty to add a new room"
                    ))
                    continue
                } else if let match = matches.first {
                    plan.problems.append(ImportPlan.Problem(
                        row: entry.row,
                        message: "\(TextCheck.quoted(name)) on \(placeLabel) has the id \(match.element.id), not \"\(TextCheck.quoted(givenID))\"; give \(match.element.id) or leave 编号 (ID) empty to update that room"
                    ))
                    continue
                }
            }
            if matches.count > 1 {
                plan.problems.append(ImportPlan.Problem(
                    row: entry.row, message: "\(library.id) has \(matches.count) rooms named \(TextCheck.quoted(name)) on \(placeLabel); import cannot tell which"
                ))
                continue
            }
            if let (index, space) = matches.first {
                if space.name != name { given.insert((ImportColumn(Space.Field.name), name), at: 0) }
                let fields = given.compactMap { value -> ImportPlan.FieldChange? in
                    let old = Space.Field(rawValue: value.column.name).flatMap { space.text(of: $0) }
                    return old == value.text || old.map(exportedForm) == value.text ? nil : ImportPlan.FieldChange(column: value.column, old: old, new: value.text)
                }
                if fields.isEmpty {
                    plan.unchangedRows.append(entry.row)
                } else {
                    plan.changes.append(ImportPlan.Change(row: entry.row, id: space.id, name: name, place: placeLabel, fields: fields))
                    replacements.append((arrayPointer.appending(index), space.id, fields.map { ($0.column.name, json($0.new, column: $0.column)) }))
                }
                continue
            }
            let id = givenID ?? ReadableIdentifier.make(from: name, prefix: library.id, taken: takenIdentifiers)
            takenIdentifiers.insert(id)
            var values = given.map { ImportPlan.Value(column: $0.column, text: $0.text) }
            if kind == nil {
                defaultedKinds += 1
                values.append(ImportPlan.Value(column: ImportColumn(Space.Field.kind), text: Space.Kind.other.rawValue))
            }
            if status == nil { values.append(ImportPlan.Value(column: ImportColumn(Space.Field.status), text: Space.Status.open.rawValue)) }
            plan.additions.append(ImportPlan.Addition(row: entry.row, id: id, name: name, place: placeLabel, values: values))
            var members: [(name: String, json: [UInt8])] = [
                (Space.Field.id.name, StringEscaping.quoted(id)),
                (Space.Field.name.name, StringEscaping.quoted(name)),
            ]
            members += values.map { ($0.column.name, json($0.text, column: $0.column)) }
            if let sources, !values.contains(where: { $0.column.name == Space.Field.sources.name }) {
                members.append((Space.Field.sources.name, json(list: sources)))
            }
            additions.append((arrayPointer, RecordPatch.object(members)))
        }
        if defaultedKinds > 0 {
            plan.warnings.append("\(defaultedKinds) new room\(defaultedKinds == 1 ? "" : "s") without a kind (类型) will be \"other\" (其他)")
        }
        guard plan.problems.isEmpty else { return }
        let fileIndex = Int(library.origin.file)
        for replacement in replacements {
            edits.edit(fileIndex: fileIndex) { bytes throws(RecordWriteError) -> [UInt8] in
                let located = try bytes.withUnsafeBufferPointer { buffer throws(RecordWriteError) -> NestedValueSpan? in
                    do {
                        return try NestedValueSpan.locate(replacement.pointer, in: buffer, startingAt: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
                    } catch {
                        throw RecordWriteError(message: "the file is not well-formed JSON: \((error as? JSONSyntaxError)?.message ?? "\(error)")")
                    }
                }
                guard let located, RecordEdit.identifier(in: Array(bytes[located.range])) == replacement.id else {
                    throw RecordWriteError(message: "the file changed while it was read; run the command again")
                }
                let patched: [UInt8]
                do {
                    patched = try RecordPatch.setting(json: replacement.members, in: Array(bytes[located.range]))
                } catch {
                    throw RecordWriteError(message: (error as? JSONSyntaxError)?.message ?? "\(error)")
                }
                return try RecordWriter.replacing(valueAt: replacement.pointer, in: bytes, with: patched, kind: .space)
            }
        }
        for addition in additions {
            edits.edit(fileIndex: fileIndex) { bytes throws(RecordWriteError) -> [UInt8] in
                try RecordWriter.appending(addition.record, toArrayAt: addition.pointer, in: bytes, kind: .space)
            }
        }
    }

    /// The value `text` names: its raw value, or its Chinese or English word, ignoring case.
    static func choice<Value>(_ text: String, among values: [Value], rawValue: (Value) -> String, label: (Value) -> FieldLabel) -> Value? {
        let folded = ImportColumn.folded(text)
        return values.first { value in
            [rawValue(value), label(value).chinese, label(value).english].contains { ImportColumn.folded($0) == folded }
        }
    }
}

extension Space {
    /// The text of a member as the import compares it (a kind or status as its raw value,
    /// sources joined by `, `).
    func text(of field: Field) -> String? {
        switch field {
        case .id: id
        case .name: name
        case .nameEnglish: nameEnglish
        case .kind: kind.rawValue
        case .status: status.rawValue
        case .notes: notes
        case .sources: sources.joined(separator: ", ")
        }
    }
}
