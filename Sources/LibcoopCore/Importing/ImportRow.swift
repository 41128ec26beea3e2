/// One row of the sheet being imported: its number as the spreadsheet shows it (the header is
/// usually row 1) and its cells from the first column on.
public struct ImportRow: Sendable, Equatable {
    public var number: Int
    public var cells: [String]

    public init(number: Int, cells: [String]) {
        self.number = number
        self.cells = cells
    }
}
