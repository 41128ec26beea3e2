/// Column widths in Excel's unit (the width of a `0`): as wide as the widest line in the column,
/// counting a Chinese, Japanese or Korean character (or a wide symbol) as two, within bounds.
enum XLSXWriterColumnWidth {
    static let minimum = 6
    static let maximum = 60

    /// The width for a column whose widest line is `displayWidth` columns: two to spare for the
    /// cell's margins, between `minimum` and `maximum` (longer text wraps or is cut off by the view).
    static func width(forDisplayWidth displayWidth: Int) -> Int {
        min(max(displayWidth + 2, minimum), maximum)
    }

    /// The display width of the widest line of `text`. Counts each grapheme by its first scalar;
    /// stops counting once past `maximum`.
    static func displayWidth(_ text: String) -> Int {
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0A }) { return text.utf8.count }
        var widest = 0
        var current = 0
        for character in text {
            if character == "\n" || character == "\r\n" {
                widest = max(widest, current)
                current = 0
                continue
            }
            guard let scalar = character.unicodeScalars.first else { continue }
            current += width(of: scalar)
            if current > maximum { return current }
        }
        return max(widest, current)
    }

    /// 2 for East Asian wide and fullwidth characters (CJK, Hangul, kana, fullwidth forms, emoji),
    /// 0 for combining marks, 1 otherwise.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x0300...0x036F, 0x200B...0x200F: 0
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD: 2
        default: 1
        }
    }
}
