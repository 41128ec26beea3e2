import LibcoopCore
import LibcoopRender
import LibcoopSpreadsheet

/// What `libcoop import` prints: the rows it cannot take, or what it adds and changes (field:
/// old → new), with labels in Chinese and English from the declarations.
struct ImportReport {
    let plan: ImportPlan
    let file: String
    let encoding: SpreadsheetTextEncoding?
    let rowCount: Int

    private var shownFile: String { TerminalText.sanitized(file) }

    /// Every bad row, then that nothing was written.
    var problems: String {
        var text = plan.problems.map { "libcoop: \(shownFile): \(TerminalText.sanitized($0.description))\n" }.joined()
        text += "Nothing was written: fix the rows above and import again.\n"
        return text
    }

    /// The additions, changes and warnings; `written` says whether they are being applied.
    func summary(written: Bool) -> String {
        let library = plan.library
        let kindWord = plan.kind == .staff ? "staff" : "spaces"
        var text = "Import \(kindWord) into \(TerminalText.sanitized(library.name)) (\(library.id)) from \(shownFile)"
        text += encoding.map { " (\($0 == .utf8 ? "UTF-8" : "GB18030"))" } ?? ""
        text += ": \(rowCount) row\(rowCount == 1 ? "" : "s")\n"
        for warning in plan.warnings { text += "warning: \(TerminalText.sanitized(warning))\n" }
        if !plan.additions.isEmpty {
            text += (written ? "Adding" : "Would add") + " \(plan.additions.count):\n"
            for addition in plan.additions {
                text += "  row \(addition.row): \(addition.id) \(TerminalText.sanitized(addition.name))"
                text += addition.place.map { " (\(TerminalText.sanitized($0)))" } ?? ""
                text += "\n"
                for value in addition.values {
                    text += "    \(label(value.column)): \(TerminalText.sanitized(value.text))\n"
                }
            }
        }
        if !plan.changes.isEmpty {
            text += (written ? "Changing" : "Would change") + " \(plan.changes.count):\n"
            for change in plan.changes {
                text += "  row \(change.row): \(change.id) \(TerminalText.sanitized(change.name))"
                text += change.place.map { " (\(TerminalText.sanitized($0)))" } ?? ""
                text += "\n"
                for field in change.fields {
                    let old = field.old.map { TerminalText.sanitized($0) } ?? "—"
                    text += "    \(label(field.column)): \(old) → \(TerminalText.sanitized(field.new))\n"
                }
            }
        }
        if !plan.unchangedRows.isEmpty {
            let count = plan.unchangedRows.count
            text += "Unchanged: \(count) row\(count == 1 ? " already matches" : "s already match") the dataset.\n"
        }
        if !plan.hasChanges { text += "No changes: the dataset already holds every row.\n" }
        return text
    }

    private func label(_ column: ImportColumn) -> String {
        "\(column.label.chinese) \(column.name)"
    }
}
