import ArgumentParser

/// What `libcoop report` writes: aligned text, Markdown for a work report, CSV or an xlsx
/// workbook (one sheet per section) for a spreadsheet, or JSON with the record ids behind every figure.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument {
    case text
    case md
    case csv
    case xlsx
    case json
}
