import Glibc

/// A new record being written in the user's editor, from a template to the file's new bytes:
/// what `libcoop add KIND` (and the browser's `a`) does between opening the editor and writing.
///
/// The template holds the kind's required members (from its `Field` declaration) with empty
/// values, and the library's id where the kind names libraries and one was given; the `#` lines
/// above it explain every member, with the allowed values of choices. `check` gives the record an
/// id made from its name (`RecordIdentifierMaker`) unless the text has one, appends it to the
/// kind's array in the chosen file (`RecordWriter.appending`: every other byte stays) and checks
/// the whole dataset with it, as an edit is checked.
public struct RecordAddition: RecordDraft {
    /// The kind of record added.
    public let kind: RecordKind
    public let paths: [String]
    public let fileIndex: Int
    /// The file's bytes as loaded.
    public let loadedBytes: [UInt8]
    public let initialText: [UInt8]
    /// Ids the new record's id must differ from (the kind's ids in the whole dataset).
    let takenIdentifiers: Set<String>
    /// The new record's place: after the records of its kind already in the file.
    let place: RecordPlace

    public var path: String { paths[fileIndex] }

    /// The record as named before its id is known (`staff:new`); `check` names the real one.
    public var reference: RecordReference { RecordReference(kind: kind, id: "new") }

    /// Starts adding a record of `kind` to the dataset loaded from `paths`. The file is `file`
    /// when given (one of `paths`), else the one holding most records of the kind that name
    /// `library` (or, without a library or such records, most records of the kind; else the first).
    public init(kind: RecordKind, library: String?, file: String?, in dataset: Dataset, paths: [String]) throws(RecordEdit.StartError) {
        guard let array = Self.array(of: kind) else {
            throw RecordEdit.StartError(description: "spaces are added by editing their library: libcoop edit library:ID")
        }
        let records = Self.records(of: kind, in: dataset)
        let chosen: Int
        if let file {
            guard let index = paths.firstIndex(of: file) ?? paths.firstIndex(where: { Self.sameFile($0, file) }) else {
                throw RecordEdit.StartError(description: "\(file) is not one of the dataset's files (\(paths.joined(separator: ", ")))")
            }
            chosen = index
        } else {
            let named = library.map { id in records.filter { $0.libraries.contains(id) } } ?? []
            let candidates = named.isEmpty ? records : named
            var counts = [Int](repeating: 0, count: paths.count)
            for record in candidates where paths.indices.contains(Int(record.origin.file)) { counts[Int(record.origin.file)] += 1 }
            chosen = counts.indices.max { counts[$0] < counts[$1] || (counts[$0] == counts[$1] && $0 > $1) } ?? 0
        }
        guard paths.indices.contains(chosen) else { throw RecordEdit.StartError(description: "the dataset has no file to add to") }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(ofFile: paths[chosen]).bytes
        } catch {
            throw RecordEdit.StartError(description: "\(paths[chosen]): \(error.message)")
        }
        self.kind = kind
        self.paths = paths
        fileIndex = chosen
        loadedBytes = bytes
        takenIdentifiers = Set(records.map(\.id))
        place = RecordPlace(array: array, index: records.filter { Int($0.origin.file) == chosen }.count)
        initialText = Self.template(for: array, library: library)
    }

    public var fileName: String { "\(kind.rawValue)-new.json" }

    public func check(_ edited: [UInt8]) -> RecordEdit.Outcome {
        let text = RecordEdit.strippingComments(edited)
        if text.trimmingBlanks == initialText.trimmingBlanks { return .unchanged }
        guard text.trimmingBlanks.first == UInt8(ascii: "{") else {
            return .problems(text: text, [EditProblem(line: 1, message: "the record must be one JSON object, from { to }")])
        }
        var record = text
        if RecordEdit.identifier(in: text) == nil {
            let name = Self.name(in: text) ?? ""
            guard let identifier = RecordIdentifierMaker.identifier(for: name, taken: takenIdentifiers) else {
                return .problems(text: text, [EditProblem(line: 1, message: "write a name (the id is made from it), or an \"id\"")])
            }
            // On the line of the opening brace, so the lines of problems stay the user's lines.
            let brace = text.firstIndex(of: UInt8(ascii: "{"))!
            record.insert(contentsOf: Array(" \"id\": \(Self.quoted(identifier)),".utf8), at: brace + 1)
        }
        let bytes: [UInt8]
        do {
            bytes = try RecordWriter.appending(record, to: place.array, in: loadedBytes)
        } catch {
            return .problems(text: text, [EditProblem(line: error.line, message: error.message)])
        }
        do {
            _ = try DatasetLoader.load(paths: paths, substituting: bytes, forPathAt: fileIndex)
            return .ready(text: record, fileBytes: bytes)
        } catch {
            return .problems(text: text, error.diagnostics.map { RecordEdit.problem(for: $0, in: text, at: place, of: path) })
        }
    }

    public func savedReference(_ text: [UInt8]) -> RecordReference {
        RecordReference(kind: kind, id: RecordEdit.identifier(in: text) ?? "new")
    }

    public func write(_ fileBytes: [UInt8], temporaryFile: (String?) -> Void = { _ in }) throws(DatasetFileReplacement.Failure) {
        try DatasetFileReplacement.replace(path: path, loaded: loadedBytes, with: fileBytes, temporaryFile: temporaryFile)
    }

    public var fieldComments: [String] {
        guard let type = place.recordType else { return [] }
        var lines = ["Adding \(type.noun) to \(path) (\(place.pointer)). The id is made from the name (pinyin) unless you write one."]
        lines.append("Lines starting with # are ignored. Save the file unchanged, or quit the editor with an error, to cancel.")
        lines.append("Members (* required):")
        for field in type.recordDescription.fields {
            let mark = field.isRequired ? "*" : " "
            var line = "\(mark) \(field.name) (\(field.label.chinese), \(field.label.english)): \(field.type.explanation)"
            if field.name == "id" { line += "; leave it out to have one made from the name" }
            if field.allowsNull { line += "; may be null" }
            lines.append(line)
        }
        return lines.map { "# " + $0 }
    }

    // MARK: Helpers

    /// A record of the kind: its id, where it was read, and the libraries it names.
    struct Existing {
        var id: String
        var origin: RecordOrigin
        var libraries: [String]
    }

    static func records(of kind: RecordKind, in dataset: Dataset) -> [Existing] {
        switch kind {
        case .library: dataset.libraries.map { Existing(id: $0.id, origin: $0.origin, libraries: [$0.id]) }
        case .staff: dataset.staff.map { Existing(id: $0.id, origin: $0.origin, libraries: $0.library.map { [$0] } ?? []) }
        case .program: dataset.programs.map { Existing(id: $0.id, origin: $0.origin, libraries: $0.libraries) }
        case .event: dataset.events.map { Existing(id: $0.id, origin: $0.origin, libraries: $0.libraries) }
        case .phase: dataset.phases.map { Existing(id: $0.id, origin: $0.origin, libraries: $0.libraries) }
        case .document: dataset.documents.map { Existing(id: $0.id, origin: $0.origin, libraries: $0.issuers) }
        case .organization: dataset.organizations.map { Existing(id: $0.id, origin: $0.origin, libraries: []) }
        case .space: []
        }
    }

    static func array(of kind: RecordKind) -> Dataset.Field? {
        switch kind {
        case .library: .libraries
        case .staff: .staff
        case .program: .programs
        case .event: .events
        case .phase: .phases
        case .document: .documents
        case .organization: .organizations
        case .space: nil
        }
    }

    /// The member that names the record's libraries, filled with `library` in the template.
    private static func libraryMember(of array: Dataset.Field) -> String? {
        switch array {
        case .staff: StaffMember.Field.library.rawValue
        case .programs: Program.Field.lead.rawValue
        case .events: LinkageEvent.Field.libraries.rawValue
        case .phases: LinkagePhase.Field.libraries.rawValue
        default: nil
        }
    }

    /// The required members (but the id) with empty values, and the library member when given.
    static func template(for array: Dataset.Field, library: String?) -> [UInt8] {
        guard case .records(let type) = array.declaration.type else { return Array("{\n}\n".utf8) }
        let libraryMember = library == nil ? nil : libraryMember(of: array)
        var members: [String] = []
        for field in type.recordDescription.fields where field.name != "id" && (field.isRequired || field.name == libraryMember) {
            let value: String
            switch field.type {
            case .reference(.library) where library != nil: value = quoted(library!)
            case .references(let kinds) where library != nil && kinds.contains(.library): value = "[\(quoted(library!))]"
            case .text, .multilineText, .identifier, .reference, .choice, .partialDate: value = "\"\""
            case .references, .records: value = "[]"
            case .integer(let range, _): value = "\(range.lowerBound)"
            case .boolean: value = "false"
            case .constant(let text): value = quoted(text)
            case .record: value = "{}"
            }
            members.append("  \(quoted(field.name)): \(value)")
        }
        return Array(("{\n" + members.joined(separator: ",\n") + "\n}\n").utf8)
    }

    /// The record's `name` (or `title`) member, when the text is an object with one.
    static func name(in text: [UInt8]) -> String? {
        text.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            guard (try? reader.peekKind()) == .object, (try? reader.beginObject()) != nil else { return nil }
            var isFirst = true
            while let key = try? reader.nextRawKey(isFirst: &isFirst) {
                if key.equals(Array("name".utf8), in: buffer) || key.equals(Array("title".utf8), in: buffer) {
                    guard (try? reader.peekKind()) == .string else { return nil }
                    return try? reader.readString().text
                }
                guard (try? reader.skipValue()) != nil else { return nil }
            }
            return nil
        }
    }

    private static func quoted(_ text: String) -> String {
        String(decoding: StringEscaping.quoted(text), as: UTF8.self)
    }

    private static func sameFile(_ one: String, _ other: String) -> Bool {
        var first = stat()
        var second = stat()
        return stat(one, &first) == 0 && stat(other, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }
}

extension [UInt8] {
    /// The bytes without blanks (space, tab, line breaks) at either end.
    var trimmingBlanks: ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard let first = firstIndex(where: { !isBlank($0) }), let last = lastIndex(where: { !isBlank($0) }) else { return [] }
        return self[first...last]
    }
}
