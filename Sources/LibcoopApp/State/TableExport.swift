/// What the browser's `x` asks the runtime to write (`BrowserEffect.export`): the table the
/// focused tab shows, to `path`, in the format its extension names. The executable builds the
/// table from the records named here and writes it atomically; the app never touches files.
public struct TableExport: Sendable, Equatable {
    /// The tables `x` can export: the tab's records of the selected library.
    public enum Table: String, Sendable, Equatable {
        /// The Floors tab: every space, floor by floor.
        case spaces
        /// The Staff tab: the library's people.
        case staff
        /// The Programs tab: the programs it leads or partners in.
        case programs
        /// The Linkage tab: its events and phases, as the year filter leaves them.
        case timeline
    }

    /// The formats `x` writes, picked by the path's extension.
    public enum Format: String, Sendable, Equatable, CaseIterable {
        case csv
        case md
        case xlsx

        /// The format `path` names by its extension (`.csv`, `.md` or `.markdown`, `.xlsx`), any case.
        public init?(path: String) {
            guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
            switch path[path.index(after: dot)...].lowercased() {
            case "csv": self = .csv
            case "md", "markdown": self = .md
            case "xlsx": self = .xlsx
            default: return nil
            }
        }
    }

    public var table: Table
    public var libraryID: String
    /// The ids of the records shown (events and phases for the timeline); `nil` for all of the
    /// library's records of the table's kind (no filter is active).
    public var ids: [String]?
    public var language: Language
    public var path: String
    public var format: Format
    /// Whether an existing file at `path` may be replaced (the user answered `y`).
    public var replacing: Bool

    public init(table: Table, libraryID: String, ids: [String]?, language: Language, path: String, format: Format, replacing: Bool = false) {
        self.table = table
        self.libraryID = libraryID
        self.ids = ids
        self.language = language
        self.path = path
        self.format = format
        self.replacing = replacing
    }

    /// What became of an export, sent back through `Browser.update` as `BrowserMessage.exported`.
    public enum Outcome: Sendable, Equatable {
        /// Written: `rows` records to `path`.
        case written(path: String, rows: Int)
        /// Not written: a file is already there and `replacing` was false.
        case exists(TableExport)
        /// Not written, for this reason (in the export's language).
        case failed(String)
    }
}
