/// A cell reference such as `B12`: the column letters as a zero-based index (A 0, Z 25, AA 26)
/// and the row number as written.
struct XLSXCellReference: Equatable {
    var column: Int
    var row: Int

    /// `nil` unless `text` is letters followed by digits (`$` marks are not used in cell `r`).
    init?(_ text: String) {
        var column = 0
        var row = 0
        var letters = 0
        var digits = 0
        for scalar in text.unicodeScalars {
            switch scalar {
            case "A"..."Z" where digits == 0:
                column = column * 26 + Int(scalar.value - 64)
                letters += 1
            case "a"..."z" where digits == 0:
                column = column * 26 + Int(scalar.value - 96)
                letters += 1
            case "0"..."9" where letters > 0:
                row = row * 10 + Int(scalar.value - 48)
                digits += 1
            default:
                return nil
            }
            guard letters <= 3, digits <= 7 else { return nil }
        }
        guard letters > 0, digits > 0 else { return nil }
        self.column = column - 1
        self.row = row
    }

    /// The zero-based index of column letters alone (`A` 0, `AA` 26), or nil.
    static func columnIndex(ofLetters letters: String) -> Int? {
        XLSXCellReference(letters + "1")?.column
    }
}
