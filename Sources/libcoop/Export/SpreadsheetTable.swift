/// A titled table of text cells: one section of a report, or a whole export. The text, Markdown,
/// CSV and xlsx writers all take these, so every format shows the same rows.
struct SpreadsheetTable {
    /// A heading above the table (a report's section), or `nil` for a bare table (an export).
    var title: String?
    var headers: [String]
    var rows: [[String]] = []
    /// A line shown under the heading when there are no rows ("none").
    var emptyNote: String?
    /// The columns whose cells are whole numbers (a floor's level, a count, a year): the xlsx
    /// writer stores those as numbers, so a spreadsheet can sum and sort them. A cell in such a
    /// column that is not a plain whole number ("—") stays text.
    var numericColumns: Set<Int> = []
}
