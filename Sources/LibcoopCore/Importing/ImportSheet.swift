/// A sheet read against an import kind's columns: the header row found, each header matched to
/// a column, and each later row turned into the values it gives (blank cells give none; a cell
/// `libcoop export` neutralised as `'=x` gives `=x`, `FormulaText.restored`).
struct ImportSheet {
    struct Entry {
        var row: Int
        /// Column name → the cell's text, trimmed; only non-empty cells.
        var values: [String: String]
    }

    var columns: [ImportColumn?] = []
    var entries: [Entry] = []
    var problems: [ImportPlan.Problem] = []
    var warnings: [String] = []

    init(rows: [ImportRow], kind: ImportKind) {
        guard let firstFilled = rows.firstIndex(where: { !Self.isBlank($0.cells) }) else {
            problems.append(ImportPlan.Problem(row: nil, message: "the sheet is empty: the first row must name the columns"))
            return
        }
        // A title row above the headers (雨花台区图书馆职工名单, merged across the columns) is
        // common: the header row is the first of the first few that names the key column.
        let key = kind.columns.first(where: \.isKey)
        let headerPosition = rows[firstFilled...].prefix(Self.rowsSearchedForHeaders).firstIndex { row in
            row.cells.contains { cell in key?.matches(header: String(cell.trimmingWhitespace)) ?? false }
        } ?? firstFilled
        let header = rows[headerPosition]
        if headerPosition > firstFilled {
            let skipped = rows[firstFilled..<headerPosition].filter { !Self.isBlank($0.cells) }.map(\.number)
            warnings.append("row\(skipped.count == 1 ? "" : "s") \(skipped.map(String.init).joined(separator: ", ")) above the headers (row \(header.number)) \(skipped.count == 1 ? "is" : "are") not imported")
        }
        var seen: [String: Int] = [:]
        for (index, cell) in header.cells.enumerated() {
            let text = String(cell.trimmingWhitespace)
            guard !text.isEmpty else {
                columns.append(nil)
                continue
            }
            guard let column = kind.columns.first(where: { $0.matches(header: text) }) else {
                columns.append(nil)
                if Self.isNameColumn(header: text, of: kind) { continue }
                warnings.append("column \(Self.letters(of: index)) \"\(TextCheck.quoted(text))\" is not imported: \(kind.recordType.noun) has no such member")
                continue
            }
            if let earlier = seen[column.name] {
                problems.append(ImportPlan.Problem(
                    row: header.number,
                    message: "columns \(Self.letters(of: earlier)) and \(Self.letters(of: index)) both give \(column.label.chinese) (\(column.label.english))"
                ))
            }
            seen[column.name] = index
            columns.append(column)
        }
        if let key, seen[key.name] == nil {
            let accepted = key.headers.map { "\"\($0)\"" }.joined(separator: ", ")
            problems.append(ImportPlan.Problem(row: header.number, message: "no column gives the \(key.label.english.lowercased()) (\(key.label.chinese)); name one \(accepted)"))
        }
        for row in rows[(headerPosition + 1)...] where !Self.isBlank(row.cells) {
            var values: [String: String] = [:]
            for (index, cell) in row.cells.enumerated() where index < columns.count {
                guard let column = columns[index] else { continue }
                let text = FormulaText.restored(String(cell.trimmingWhitespace))
                if !text.isEmpty { values[column.name] = text }
            }
            entries.append(Entry(row: row.number, values: values))
        }
    }

    /// How many rows from the first filled one may hold the headers.
    static let rowsSearchedForHeaders = 10

    /// Whether `header` heads the names `libcoop export` writes after a reference column
    /// (`图书馆（名称）`, `Library (name)`): read by people, not imported, and not worth a warning.
    static func isNameColumn(header: String, of kind: ImportKind) -> Bool {
        let suffixes = ["（名称）", "(名称)", "(name)", "（name）"]
        guard let suffix = suffixes.first(where: { header.lowercased().hasSuffix($0) }) else { return false }
        let reference = String(header.dropLast(suffix.count))
        return kind.columns.contains { $0.matches(header: reference) }
    }

    private static func isBlank(_ cells: [String]) -> Bool {
        cells.allSatisfy { $0.trimmingWhitespace.isEmpty }
    }

    /// The spreadsheet's name for a zero-based column: A … Z, AA ….
    static func letters(of index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.insert(Character(Unicode.Scalar(UInt8(65 + remainder))), at: 0)
            number = (number - 1) / 26
        }
        return String(letters)
    }
}
