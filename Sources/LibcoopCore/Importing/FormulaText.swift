/// Text a spreadsheet would take for a formula, and the `'` the exporter puts in front of it.
///
/// Export writes such a cell as `'=1+1` (Excel and WPS show it as text and do not evaluate it);
/// import takes the `'` off again, but only where the rest looks like a formula, so `'quoted`
/// stays as it is.
public enum FormulaText {
    /// Whether Excel or WPS would read `text` as a formula: it begins with `=`, `+`, `-`, `@`, a
    /// tab or a carriage return (OWASP, "CSV Injection"). A plain whole number such as `-1` (a
    /// basement floor) is a number, not a formula.
    public static func looksLikeFormula(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return false }
        return !isWholeNumber(text)
    }

    /// `text` as the exporter writes it: with a leading `'` when it looks like a formula, or is
    /// already such a `'` and formula (`'=x` becomes `''=x`, so that it reads back as `'=x`).
    public static func neutralised(_ text: String) -> String {
        needsQuote(Substring(text)) ? "'" + text : text
    }

    /// The text an exported cell stands for: `'=x` → `=x`, `''=x` → `'=x`; anything else
    /// (`'quoted`) as it is.
    public static func restored(_ cell: String) -> String {
        guard cell.hasPrefix("'"), needsQuote(cell.dropFirst()) else { return cell }
        return String(cell.dropFirst())
    }

    /// Whether `text` is a formula after any number of `'`.
    private static func needsQuote(_ text: Substring) -> Bool {
        looksLikeFormula(String(text.drop { $0 == "'" }))
    }

    private static func isWholeNumber(_ text: String) -> Bool {
        var digits = Substring(text)
        if digits.first == "-" { digits = digits.dropFirst() }
        return !digits.isEmpty && digits.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }
}
