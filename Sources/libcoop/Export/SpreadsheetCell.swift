import LibcoopCore
import LibcoopRender

/// Makes a cell's text safe for a spreadsheet or a document.
enum SpreadsheetCell {
    /// `text` with every control character replaced by a visible stand-in (as the CLI's tables
    /// do, `TerminalText.sanitized`), except line breaks, which are kept as `\n` when
    /// `keepingLineBreaks` (a multi-line cell) and become spaces otherwise; a tab becomes a space.
    /// Text without such characters (nearly all) is returned as it is after one byte scan.
    static func sanitized(_ text: String, keepingLineBreaks: Bool) -> String {
        var text = text
        let clean = text.withUTF8 { !TerminalText.mayNeedSanitizing(utf8: $0) }
        if clean { return text }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\t", with: " ")
        let lines = normalised.split(separator: "\n", omittingEmptySubsequences: false).map { TerminalText.sanitized(String($0)) }
        return lines.joined(separator: keepingLineBreaks ? "\n" : " ")
    }

    /// Whether Excel or WPS would read `text` as a formula (`FormulaText.looksLikeFormula`).
    static func looksLikeFormula(_ text: String) -> Bool {
        FormulaText.looksLikeFormula(text)
    }

    /// The cell neutralised for a spreadsheet: a formula-like cell gets a leading `'`, which
    /// Excel and WPS show as text and do not evaluate (and `libcoop import` takes off again).
    static func neutralised(_ text: String) -> String {
        FormulaText.neutralised(text)
    }
}
