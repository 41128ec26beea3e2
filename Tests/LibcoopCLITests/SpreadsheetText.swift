import Foundation

/// Reading back what `export` and `report` write, independently of the code that writes it.
enum SpreadsheetText {
    /// Parses RFC 4180 CSV: records end in CRLF, quoted fields may hold commas, doubled quotes
    /// and line breaks. Returns nil when a quote is left open or a record ends in a bare LF.
    static func csvRecords(_ text: String) -> [[String]]? {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { field.unicodeScalars.append("\""); scalars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where field.isEmpty: quoted = true
            case ",": record.append(field); field = ""
            case "\r":
                guard scalars.popFirst() == "\n" else { return nil }
                record.append(field); field = ""
                records.append(record); record = []
            case "\n": return nil
            default: field.unicodeScalars.append(scalar)
            }
        }
        guard !quoted, field.isEmpty, record.isEmpty else { return nil }
        return records
    }

    /// The cells of a Markdown table row (`| a | b\|c |`), split at unescaped pipes.
    static func markdownCells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var escaped = false
        for character in line.dropFirst().dropLast() {
            if escaped { cell.append(character); escaped = false; continue }
            if character == "\\" { cell.append(character); escaped = true; continue }
            if character == "|" { cells.append(cell.trimmingCharacters(in: .whitespaces)); cell = ""; continue }
            cell.append(character)
        }
        cells.append(cell.trimmingCharacters(in: .whitespaces))
        return cells
    }

    /// Every Markdown table in `text` (consecutive lines starting with `|`) has the same number of
    /// cells in each row, and a `---` line second.
    static func markdownTablesAreWellFormed(_ text: String) -> Bool {
        var tables: [[String]] = [[]]
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if line.hasPrefix("|") { tables[tables.count - 1].append(line) } else if !(tables.last?.isEmpty ?? true) { tables.append([]) }
        }
        for table in tables where !table.isEmpty {
            guard table.count >= 2, markdownCells(table[1]).allSatisfy({ $0 == "---" }) else { return false }
            let width = markdownCells(table[0]).count
            guard table.allSatisfy({ $0.hasSuffix("|") && markdownCells($0).count == width }) else { return false }
        }
        return true
    }

    /// True when `text` holds no control character but line feeds (line ends, and line breaks
    /// inside quoted CSV cells) and CRLF pairs, no C1 control, and no bidirectional control or
    /// line/paragraph separator.
    static func hasNoStrayControls(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (position, scalar) in scalars.enumerated() {
            let value = scalar.value
            if scalar == "\n" { continue }
            if scalar == "\r" {
                if position + 1 < scalars.count, scalars[position + 1] == "\n" { continue }
                return false
            }
            if value < 0x20 || (value >= 0x7F && value < 0xA0) { return false }
            if (0x2028...0x202E).contains(value) || (0x2066...0x2069).contains(value) { return false }
        }
        return true
    }
}
