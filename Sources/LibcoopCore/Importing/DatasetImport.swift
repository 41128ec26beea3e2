/// Plans an import of a sheet into one library's records (`ImportPlan`): a row that gives an id
/// (编号, ID: what `libcoop export` writes) is matched by it, else by name to an existing record
/// (a person in the library; a room on its floor); a match is updated, anything else becomes a
/// new record, with the id given or a readable one made from its name. An id that another
/// library's record (or, for a room, another floor's) already has is a bad row: ids are unique
/// across the dataset and an import never moves a record. Applying a plan and importing the same
/// sheet again finds nothing to do; so does importing what `libcoop export` wrote.
///
/// Bad rows (no name, a name given twice, an unknown floor or kind, control characters, a name
/// several existing records share) are problems with their row numbers; the file edits are made
/// and the whole dataset with them validated during planning, so a dry run tells everything
/// `--write` would meet short of the files changing on disk.
public enum DatasetImport {
    /// The plan for importing `rows` as `kind` into `library` of `dataset` (loaded from `paths`).
    /// New staff cite `sources`, else the library's sources; new spaces cite `sources` when given.
    /// `exportedForm` is how `libcoop export` writes a value (control and bidi characters shown as
    /// text, `\u{202E}`): a cell holding the exported form of a record's value leaves it as it is.
    public static func plan(
        _ kind: ImportKind, rows: [ImportRow], into library: Library, of dataset: Dataset, paths: [String], sources: [String]? = nil,
        exportedForm: (String) -> String = { $0 }
    ) -> ImportPlan {
        var plan = ImportPlan(kind: kind, library: library)
        plan.paths = paths
        let sheet = ImportSheet(rows: rows, kind: kind)
        plan.columns = sheet.columns
        plan.problems = sheet.problems
        plan.warnings = sheet.warnings
        if let sources {
            let known = Set(dataset.sources.map(\.id))
            for source in sources where !known.contains(source) {
                plan.problems.append(ImportPlan.Problem(row: nil, message: "no source has the id \"\(TextCheck.quoted(source))\" (--source)"))
            }
        }
        // Without its headers (or with an unknown source) every row would be a problem: say it once.
        guard plan.problems.isEmpty else { return plan }
        var edits = FileEdits(paths: paths)
        switch kind {
        case .staff: planStaff(sheet.entries, into: &plan, dataset: dataset, sources: sources, edits: &edits, exportedForm: exportedForm)
        case .spaces: planSpaces(sheet.entries, into: &plan, dataset: dataset, sources: sources, edits: &edits, exportedForm: exportedForm)
        }
        plan.problems.sort { ($0.row ?? 0) < ($1.row ?? 0) }
        guard plan.problems.isEmpty, plan.hasChanges else { return plan }
        if let failure = edits.failure {
            plan.problems.append(ImportPlan.Problem(row: nil, message: failure))
            return plan
        }
        plan.fileEdits = edits.edits
        do {
            _ = try DatasetLoader.load(paths: paths, substituting: Dictionary(uniqueKeysWithValues: edits.edits.map { ($0.fileIndex, $0.replacement) }))
        } catch {
            plan.resultProblems = error.diagnostics
        }
        return plan
    }

    /// Problems of a cell's text: control characters (line breaks only where the member allows).
    static func textProblem(_ text: String, column: ImportColumn, allowsLineBreaks: Bool = false) -> String? {
        TextCheck.controlCharacterProblem(in: text, allowsLineBreaks: allowsLineBreaks).map {
            "\(column.label.chinese) (\(column.label.english)): \($0)"
        }
    }

    /// The values of `entry` for the columns, in column order, skipping `skipping`; a list
    /// (sources) as its ids joined by `, `.
    static func values(of entry: ImportSheet.Entry, kind: ImportKind, skipping: Set<String> = []) -> [ImportPlan.Value] {
        kind.columns.compactMap { column in
            guard !skipping.contains(column.name), let text = entry.values[column.name] else { return nil }
            return ImportPlan.Value(column: column, text: column.isList ? ImportColumn.listItems(text).joined(separator: ", ") : text)
        }
    }

    /// A value as the JSON a record holds: a list as an array of strings, anything else a string.
    static func json(_ text: String, column: ImportColumn) -> [UInt8] {
        column.isList ? json(list: ImportColumn.listItems(text)) : StringEscaping.quoted(text)
    }

    /// `items` as a JSON array of strings.
    static func json(list items: [String]) -> [UInt8] {
        Array(("[" + items.map { String(decoding: StringEscaping.quoted($0), as: UTF8.self) }.joined(separator: ",") + "]").utf8)
    }

    /// Why a row's library (图书馆, Library ID: the id `libcoop export` writes) is not the one
    /// imported into, or `nil`.
    static func libraryProblem(_ entry: ImportSheet.Entry, library: Library) -> String? {
        guard let given = entry.values[ImportColumn.library.name], given != library.id else { return nil }
        return "the row is for library \"\(TextCheck.quoted(given))\", not \(library.id) (--library); import each library's rows into it"
    }

    /// Why a row's id (编号, ID) cannot be a record's id, or `nil`.
    static func identifierProblem(_ entry: ImportSheet.Entry, column: ImportColumn) -> String? {
        guard let id = entry.values[column.name] else { return nil }
        return TextCheck.identifierProblem(id).map { "\(column.label.chinese) (\(column.label.english)): \($0)" }
    }
}

/// The new bytes of each dataset file an import changes, built up one record at a time.
struct FileEdits {
    let paths: [String]
    var edits: [ImportPlan.FileEdit] = []
    /// The first reason a file could not be edited.
    var failure: String?

    init(paths: [String]) {
        self.paths = paths
    }

    /// Applies `change` to the current bytes of file `fileIndex` (read from disk the first time).
    mutating func edit(fileIndex: Int, _ change: ([UInt8]) throws(RecordWriteError) -> [UInt8]) {
        guard failure == nil, paths.indices.contains(fileIndex) else {
            if failure == nil { failure = "a record to change was not read from a file" }
            return
        }
        let position: Int
        if let existing = edits.firstIndex(where: { $0.fileIndex == fileIndex }) {
            position = existing
        } else {
            do {
                let bytes = try FileBytes.contents(ofFile: paths[fileIndex]).bytes
                edits.append(ImportPlan.FileEdit(fileIndex: fileIndex, loaded: bytes, replacement: bytes))
                position = edits.count - 1
            } catch {
                failure = "\(paths[fileIndex]): \(error.message)"
                return
            }
        }
        do {
            edits[position].replacement = try change(edits[position].replacement)
        } catch {
            failure = "\(paths[fileIndex]): \(error.message)"
        }
    }
}
