import ArgumentParser

/// What `libcoop export` writes: CSV or an xlsx workbook for Excel and WPS, a Markdown table, or the records as JSON.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv
    case xlsx
    case md
    case json
}
