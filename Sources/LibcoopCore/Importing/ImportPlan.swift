/// What importing a sheet would do to the dataset, worked out in full before anything is
/// written: the records it adds and changes (each traced to its row), the rows that already
/// match, the rows it cannot take, and the files' new bytes, already checked as a whole dataset.
///
/// A dry run prints it; `write()` applies it. A plan with any `problems` writes nothing.
public struct ImportPlan: Sendable {
    /// A cell's value for a column.
    public struct Value: Sendable {
        public var column: ImportColumn
        public var text: String
    }

    /// A record the import adds.
    public struct Addition: Sendable {
        public var row: Int
        public var id: String
        public var name: String
        /// Where it goes (`3F`, for a space).
        public var place: String?
        public var values: [Value]
    }

    /// One member an import changes.
    public struct FieldChange: Sendable {
        public var column: ImportColumn
        public var old: String?
        public var new: String
    }

    /// A record the import updates.
    public struct Change: Sendable {
        public var row: Int
        public var id: String
        public var name: String
        public var place: String?
        public var fields: [FieldChange]
    }

    /// Why a row (or the sheet, when `row` is nil) cannot be imported.
    public struct Problem: Sendable, CustomStringConvertible {
        public var row: Int?
        public var message: String

        public var description: String { (row.map { "row \($0): " } ?? "") + message }
    }

    /// A dataset file's new bytes.
    struct FileEdit: Sendable {
        var fileIndex: Int
        var loaded: [UInt8]
        var replacement: [UInt8]
    }

    public var kind: ImportKind
    public var library: Library
    /// Which column each header became, in sheet order (`nil`: not imported).
    public var columns: [ImportColumn?] = []
    public var additions: [Addition] = []
    public var changes: [Change] = []
    /// Rows whose record already holds every value given.
    public var unchangedRows: [Int] = []
    public var problems: [Problem] = []
    /// Columns that are not imported, and values filled in by default.
    public var warnings: [String] = []
    /// Problems the whole dataset would have after the import (the plan writes nothing then).
    public var resultProblems: [Diagnostic] = []
    var paths: [String] = []
    var fileEdits: [FileEdit] = []

    /// True when writing would change the dataset.
    public var hasChanges: Bool { !additions.isEmpty || !changes.isEmpty }

    /// True when the plan can be written: no bad rows and a valid result.
    public var canWrite: Bool { problems.isEmpty && resultProblems.isEmpty }

    /// The files writing changes.
    public var changedPaths: [String] { fileEdits.map { paths[$0.fileIndex] } }

    /// Writes every changed file, each atomically and only while it still holds the bytes the
    /// plan was made from; every file is checked before the first is written.
    public func write() throws(DatasetFileReplacement.Failure) {
        guard canWrite else { return }
        for edit in fileEdits {
            let path = paths[edit.fileIndex]
            let current = try? FileBytes.contents(ofFile: path).bytes
            guard current == edit.loaded else { throw .changedOnDisk(path: path) }
        }
        for edit in fileEdits {
            try DatasetFileReplacement.replace(path: paths[edit.fileIndex], loaded: edit.loaded, with: edit.replacement)
        }
    }
}
