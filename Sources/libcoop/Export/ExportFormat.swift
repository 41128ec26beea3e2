import ArgumentParser

/// What `libcoop export` writes: CSV for Excel and WPS, a Markdown table, or the records as JSON.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument {
    case csv
    case md
    case json
}
