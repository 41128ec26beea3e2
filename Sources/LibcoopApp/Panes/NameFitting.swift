import LibcoopCore
import LibcoopRender

extension Language {
    /// `name(_:english:)` in at most `width` columns. In English, when `English 原名` is too
    /// wide, the English part is shortened (`Yuhuatai District… 雨花台区图书馆`) so that the
    /// original stays whole; with no room for a readable part of it, the original alone shows;
    /// only an original wider than `width` is left to be cut as usual.
    func name(_ name: String, english: String?, width: Int) -> String {
        let full = self.name(name, english: english)
        guard self == .english, full.displayWidth > width, let english, !english.isEmpty, english != name else { return full }
        let room = width - name.displayWidth - 1
        if room >= 4 { return english.truncated(toWidth: room) + " " + name }
        return name.displayWidth <= width ? name : full
    }
}

extension Table {
    /// Rewrites column `column` with `names` (one per row: the original and its English form)
    /// fitted by `Language.name(_:english:width:)` to the width the column gets when the table
    /// is `totalWidth` wide, keeping each cell's style.
    mutating func fitNames(column: Int, _ names: [NamePair?], language: Language, totalWidth: Int) {
        guard language == .english, column < columns.count else { return }
        let width = columnWidths(totalWidth: totalWidth)[column]
        for (row, pair) in zip(rows.indices, names) where column < rows[row].cells.count {
            guard let pair else { continue }
            let style = rows[row].cells[column].spans.first?.style ?? .plain
            rows[row].cells[column] = Line(language.name(pair.original, english: pair.english, width: width), style: style)
        }
    }
}

extension BrowserData {
    /// A library's or organisation's name with its English form, nil when the id is unknown.
    func ownerNamePair(_ id: String) -> NamePair? {
        if let library = index.library(id) { return NamePair(library.name, english: library.nameEnglish) }
        if let organization = index.organization(id) { return NamePair(organization.name, english: organization.nameEnglish) }
        return nil
    }
}
