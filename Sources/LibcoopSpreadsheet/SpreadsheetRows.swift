/// The rows of a sheet as text, each with its number as the spreadsheet shows it (the first row
/// is 1): what the CSV and xlsx readers give the importer.
public struct SpreadsheetRows: Sendable, Equatable {
    /// One row: its number and its cells from column A on (an empty cell is `""`).
    public struct Row: Sendable, Equatable {
        public var number: Int
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// True when every cell is empty or blank.
        public var isBlank: Bool { cells.allSatisfy { $0.allSatisfy(\.isWhitespace) } }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }
}
