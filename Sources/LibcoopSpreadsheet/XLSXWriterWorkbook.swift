extension XLSXWriter {
    /// What goes into an `.xlsx` file: a title (the document's properties) and its sheets in order.
    public struct Workbook: Sendable {
        /// The document title readers show in the file's properties; `nil` for none.
        public var title: String?
        public var sheets: [Sheet]

        public init(title: String? = nil, sheets: [Sheet]) {
            self.title = title
            self.sheets = sheets
        }
    }

    /// One worksheet: a name (made legal and unique when written, see `XLSXWriterSheetNames`) and
    /// rows of cells; the first `headerRows` rows are bold and stay in view when scrolling.
    public struct Sheet: Sendable {
        public var name: String
        public var rows: [[Cell]]
        public var headerRows: Int

        public init(name: String, rows: [[Cell]], headerRows: Int = 1) {
            self.name = name
            self.rows = rows
            self.headerRows = headerRows
        }
    }

    /// A cell's value: text (a shared string; line breaks wrap) or a whole number.
    public enum Cell: Sendable, Equatable {
        case text(String)
        case number(Int)
    }
}
