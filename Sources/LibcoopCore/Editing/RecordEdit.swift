/// One record being edited as JSON text, from the file it was read from to the file's new bytes:
/// what `libcoop edit KIND:ID` (and later the browser's `e`) does between opening the editor and
/// writing.
///
/// It keeps the exact bytes of the record's file as loaded, so the write can refuse when the file
/// changed since (`DatasetFileReplacement`). The record's text is laid out at no indentation;
/// `check` takes the edited text back, strips `#` comment lines, and either finds it unchanged,
/// lists its problems (syntax, a changed id, and every problem of the whole dataset with the
/// change, placed in the record's text when they are in it), or gives the file's new bytes.
public struct RecordEdit: RecordDraft {
    public let reference: RecordReference
    /// Every file of the dataset, and which one holds the record.
    public let paths: [String]
    public let fileIndex: Int
    public let place: RecordPlace
    /// The file's bytes as loaded.
    public let loadedBytes: [UInt8]
    /// The record's text as the editor first shows it (no comments).
    public let originalText: [UInt8]
    /// The problems the dataset had before the edit: they do not stop it; only new ones do.
    public let baseline: [Diagnostic]

    public var initialText: [UInt8] { originalText }

    /// The record under the id it was written with (a changed id, when nothing referred to it).
    public func savedReference(_ text: [UInt8]) -> RecordReference {
        RecordReference(kind: reference.kind, id: Self.identifier(in: text) ?? reference.id)
    }

    public var path: String { paths[fileIndex] }

    /// Why a record cannot be edited.
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Starts editing `reference` in `dataset`, loaded from `paths`. `baseline` is what was
    /// wrong with the dataset already (`DatasetLoader.loadKeepingProblems`): an edit is written
    /// when the dataset with it has no problem it did not have before, and a record left out of
    /// `dataset` for its own problems is found in the files, so it can be fixed.
    public init(reference: RecordReference, in dataset: Dataset, paths: [String], baseline: [Diagnostic] = []) throws(StartError) {
        guard let (array, origin) = Self.find(reference, in: dataset) ?? (baseline.isEmpty ? nil : Self.scan(for: reference, in: paths)) else {
            if reference.kind == .space {
                throw StartError(description: "spaces are edited with their library: libcoop edit library:ID")
            }
            throw StartError(description: "no \(reference.kind.rawValue) record has the id \"\(reference.id)\"")
        }
        let fileIndex = Int(origin.file)
        guard paths.indices.contains(fileIndex) else { throw StartError(description: "\(reference) was not read from a file") }
        let bytes: [UInt8]
        do {
            bytes = try FileBytes.contents(ofFile: paths[fileIndex]).bytes
        } catch {
            throw StartError(description: "\(paths[fileIndex]): \(error.message)")
        }
        let place = RecordPlace(array: array, index: Int(origin.index))
        let text: [UInt8]
        do {
            text = try RecordWriter.recordText(at: place, in: bytes)
        } catch {
            throw StartError(description: "\(paths[fileIndex]): \(error)")
        }
        guard Self.identifier(in: text) == reference.id else {
            throw StartError(description: "\(paths[fileIndex]): the file changed while it was read; run the command again")
        }
        self.reference = reference
        self.baseline = baseline
        self.paths = paths
        self.fileIndex = fileIndex
        self.place = place
        loadedBytes = bytes
        originalText = text
    }

    /// What came of an edited text.
    public enum Outcome: Sendable {
        /// The text (comments stripped) is the record as it was.
        case unchanged
        /// The text, and what is wrong with it.
        case problems(text: [UInt8], [EditProblem])
        /// The file's new bytes; the dataset with them is valid.
        case ready(text: [UInt8], fileBytes: [UInt8])
    }

    /// Checks `edited` (what the editor saved, comments included) against the whole dataset.
    public func check(_ edited: [UInt8]) -> Outcome {
        let text = Self.strippingComments(edited)
        if Self.trimmed(text) == Self.trimmed(originalText) { return .unchanged }
        let replaced: (bytes: [UInt8], recordRange: Range<Int>)
        do {
            guard Self.trimmed(text).first == UInt8(ascii: "{") else {
                return .problems(text: text, [EditProblem(line: 1, message: "the record must be one JSON object, from { to }")])
            }
            replaced = try RecordWriter.replacing(recordAt: place, in: loadedBytes, with: text)
        } catch {
            return .problems(text: text, [EditProblem(line: error.line, message: error.message)])
        }
        do {
            _ = try DatasetLoader.load(paths: paths, substituting: replaced.bytes, forPathAt: fileIndex)
            return .ready(text: text, fileBytes: replaced.bytes)
        } catch {
            let known = Set(baseline.map(ProblemIdentity.init))
            let added = error.diagnostics.filter { !known.contains(ProblemIdentity($0)) }
            // Problems the dataset had before do not stop an edit that adds none.
            if added.isEmpty { return .ready(text: text, fileBytes: replaced.bytes) }
            var problems = added.map { problem(for: $0, in: text) }
            // A new id changes nothing else: the records that name the old one are listed, not rewritten.
            if let newIdentifier = Self.identifier(in: text), newIdentifier != reference.id {
                let quotedOld = "\"\(reference.id)\""
                let referring = added.filter { $0.code == .danglingReference && $0.message.contains(quotedOld) }
                if !referring.isEmpty {
                    problems.insert(EditProblem(
                        line: line(of: JSONPointer().appending("id"), in: text), pointer: place.pointer.appending("id").description,
                        message: "the id changed from \(quotedOld) to \"\(newIdentifier)\", but \(referring.count) reference(s) to \(quotedOld) "
                            + "(below) would be left pointing at nothing; libcoop changes no other record: put the id back, or change those first"
                    ), at: 0)
                }
            }
            return .problems(text: text, problems)
        }
    }

    /// Writes the file's new bytes (from `.ready`), if the file still holds what was loaded.
    public func write(_ fileBytes: [UInt8], temporaryFile: (String?) -> Void = { _ in }) throws(DatasetFileReplacement.Failure) {
        try DatasetFileReplacement.replace(path: path, loaded: loadedBytes, with: fileBytes, temporaryFile: temporaryFile)
    }

    /// The `#` lines explaining the record's members, from the kind's declaration.
    public var fieldComments: [String] {
        guard let kind = place.recordType else { return [] }
        var lines = ["Editing \(reference) from \(path) (\(place.pointer)): \(kind.noun)."]
        lines.append("Lines starting with # are ignored. Save the file unchanged, or quit the editor with an error, to cancel.")
        if !baseline.isEmpty {
            lines.append("The dataset already has \(baseline.count) problem(s); they do not stop this edit, new ones do (libcoop validate lists them).")
        }
        lines.append("Members (* required):")
        for field in kind.recordDescription.fields {
            let mark = field.isRequired ? "*" : " "
            var line = "\(mark) \(field.name) (\(field.label.chinese), \(field.label.english)): \(field.type.explanation)"
            if field.name == "id" { line += "; changing it is refused while other records refer to it" }
            if field.allowsNull { line += "; may be null" }
            lines.append(line)
        }
        return lines.map { "# " + $0 }
    }

    // MARK: Helpers

    /// A dataset problem as the editor shows it: placed in the record's text when its pointer is
    /// inside the record, else with the file, line and column where it is.
    private func problem(for diagnostic: Diagnostic, in text: [UInt8]) -> EditProblem {
        Self.problem(for: diagnostic, in: text, at: place, of: path)
    }

    /// `diagnostic` as the editor shows it, for the record at `place` in the file `path`.
    static func problem(for diagnostic: Diagnostic, in text: [UInt8], at place: RecordPlace, of path: String) -> EditProblem {
        let recordPointer = place.pointer
        if diagnostic.file == path, let pointer = diagnostic.pointer,
           pointer.components.starts(with: recordPointer.components) {
            let inner = JSONPointer(Array(pointer.components.dropFirst(recordPointer.components.count)))
            return EditProblem(line: line(of: inner, in: text), pointer: pointer.description, message: diagnostic.message)
        }
        var elsewhere = diagnostic
        if diagnostic.file == path { elsewhere.line = nil; elsewhere.column = nil }
        return EditProblem(pointer: nil, message: elsewhere.description)
    }

    private func line(of pointer: JSONPointer, in text: [UInt8]) -> Int? {
        Self.line(of: pointer, in: text)
    }

    private static func line(of pointer: JSONPointer, in text: [UInt8]) -> Int? {
        text.withUnsafeBufferPointer { buffer in
            guard let offset = PointerLocator.offsets(of: [pointer], in: buffer, startingAt: 0)[0] else { return nil }
            return LineIndex.locations(ofAscending: [offset], in: buffer)[0].line
        }
    }

    private static func find(_ reference: RecordReference, in dataset: Dataset) -> (Dataset.Field, RecordOrigin)? {
        let id = reference.id
        switch reference.kind {
        case .library: return dataset.libraries.first { $0.id == id }.map { (.libraries, $0.origin) }
        case .staff: return dataset.staff.first { $0.id == id }.map { (.staff, $0.origin) }
        case .program: return dataset.programs.first { $0.id == id }.map { (.programs, $0.origin) }
        case .event: return dataset.events.first { $0.id == id }.map { (.events, $0.origin) }
        case .phase: return dataset.phases.first { $0.id == id }.map { (.phases, $0.origin) }
        case .document: return dataset.documents.first { $0.id == id }.map { (.documents, $0.origin) }
        case .organization: return dataset.organizations.first { $0.id == id }.map { (.organizations, $0.origin) }
        case .space: return nil
        }
    }

    /// Where the record `reference` is in the files, read again: for a record left out of the
    /// dataset for its own problems. The first element of the kind's array with that id.
    private static func scan(for reference: RecordReference, in paths: [String]) -> (Dataset.Field, RecordOrigin)? {
        guard let array = RecordAddition.array(of: reference.kind) else { return nil }
        for (file, path) in paths.enumerated() {
            guard let bytes = try? FileBytes.contents(ofFile: path).bytes else { continue }
            let elements: [Range<Int>]? = bytes.withUnsafeBufferPointer { buffer in
                (try? ArraySpan.locate(arrayNamed: array.rawValue, in: buffer, startingAt: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0))??.elements
            }
            for (index, range) in (elements ?? []).enumerated() where identifier(in: Array(bytes[range])) == reference.id {
                return (array, RecordOrigin(file: Int32(file), index: Int32(index)))
            }
        }
        return nil
    }

    /// What makes two problems the same one before and after an edit: an edit replaces one record
    /// in place, so pointers stay; lines and columns may move.
    private struct ProblemIdentity: Hashable {
        var file: String
        var pointer: String?
        var code: Diagnostic.Code
        var message: String

        init(_ diagnostic: Diagnostic) {
            file = diagnostic.file
            pointer = diagnostic.pointer?.description
            code = diagnostic.code
            message = diagnostic.message
        }
    }

    /// The text without lines whose first non-blank character is `#` (JSON text has no line
    /// that starts so: a string cannot hold a raw line break).
    static func strippingComments(_ edited: [UInt8]) -> [UInt8] {
        var kept: [UInt8] = []
        kept.reserveCapacity(edited.count)
        for line in edited.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if line.first(where: { $0 != 0x20 && $0 != 0x09 }) == UInt8(ascii: "#") { continue }
            kept += line
            kept.append(UInt8(ascii: "\n"))
        }
        while kept.count >= 2, kept[kept.count - 1] == 0x0A, kept[kept.count - 2] == 0x0A { kept.removeLast() }
        return kept
    }

    private static func trimmed(_ text: [UInt8]) -> ArraySlice<UInt8> {
        let isBlank: (UInt8) -> Bool = { [0x20, 0x09, 0x0A, 0x0D].contains($0) }
        guard let first = text.firstIndex(where: { !isBlank($0) }), let last = text.lastIndex(where: { !isBlank($0) }) else { return [] }
        return text[first...last]
    }

    /// The record's top-level `id` member, when the text is an object with a string id.
    static func identifier(in text: [UInt8]) -> String? {
        text.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            guard (try? reader.peekKind()) == .object, (try? reader.beginObject()) != nil else { return nil }
            var isFirst = true
            while let key = try? reader.nextRawKey(isFirst: &isFirst) {
                if key.equals(Array("id".utf8), in: buffer) {
                    guard (try? reader.peekKind()) == .string else { return nil }
                    return try? reader.readString().text
                }
                guard (try? reader.skipValue()) != nil else { return nil }
            }
            return nil
        }
    }
}
