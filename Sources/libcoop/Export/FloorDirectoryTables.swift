import LibcoopApp
import LibcoopCore

/// A library's floor directory as tables for `libcoop floors L --format md`: a table per floor,
/// top floor first, then the spaces whose floor the sources do not give; a space that is not
/// open (under construction, planned, closed) has its status in bold so it stands out on paper.
struct FloorDirectoryTables {
    var library: Library
    var language: Language

    /// "雨花台区图书馆 楼层指引", "Yuhuatai District Library (雨花台区图书馆): floor directory".
    var heading: String {
        guard language == .english else { return "\(library.name) 楼层指引" }
        guard let english = library.nameEnglish, !english.isEmpty else { return "\(library.name): floor directory" }
        return "\(english) (\(library.name)): floor directory"
    }

    var tables: [SpreadsheetTable] {
        var tables = library.floorsTopDown.map { table(title: $0.displayLabel, spaces: $0.spaces) }
        if !library.spacesWithoutFloor.isEmpty {
            tables.append(table(title: language.pick("楼层不详", "Floor not given in the sources"), spaces: library.spacesWithoutFloor))
        }
        if tables.isEmpty {
            tables.append(SpreadsheetTable(title: nil, headers: [], emptyNote: language.pick("本馆未记录楼层和空间。", "No floors or spaces are recorded for this library.")))
        }
        return tables
    }

    private func table(title: String, spaces: [Space]) -> SpreadsheetTable {
        typealias Field = Space.Field
        var table = SpreadsheetTable(
            title: title,
            headers: [pick(Field.name.label), pick(Field.nameEnglish.label), pick(Field.kind.label), pick(Field.status.label)],
            emptyNote: language.pick("（本层未记录空间）", "(no spaces recorded on this floor)")
        )
        for space in spaces {
            let status = pick(space.status.label)
            table.rows.append([space.name, space.nameEnglish ?? "", pick(space.kind.label), space.status == .open ? status : "**\(status)**"])
        }
        return table
    }

    private func pick(_ label: FieldLabel) -> String { language.pick(label.chinese, label.english) }
}
