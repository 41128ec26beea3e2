import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopCore
import LibcoopSpreadsheet

/// `libcoop report`: the year's cooperation summary, as text, Markdown, CSV, xlsx or JSON.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise a year's cooperation: events by kind with who took part, joint programs, phases, work plans, totals.",
        discussion: """
            Events are grouped by the kind their title names (visit 调研/参观, talks 座谈/交流, training \
            培训/辅导, other); a part of the same kind as its event (a visit's tour) is listed under it and \
            not counted again. A program without dates is counted in a year when an event of that year \
            names it or a source published that year reports it; the report says which. --format json \
            gives the record ids behind every count. CSV is UTF-8 with a byte-order mark unless \
            --encoding gb18030. --format xlsx writes a workbook with one sheet per section (give \
            --output: it is not printed on a terminal). A year (or a library in that year) with \
            nothing to report writes nothing and exits 1, saying which years the records give.
            """
    )

    @Option(help: ArgumentHelp("The year to report on. Default: the latest year with dated records.", valueName: "yyyy"))
    var year: Int?

    @Option(help: ArgumentHelp("Only what involves this library (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("The form of the report.", valueName: "text|md|csv|xlsx|json"))
    var format: ReportFormat = .text

    @OptionGroup var destination: OutputFileOptions

    @Option(help: ArgumentHelp("The encoding of text, Markdown and CSV: utf8 (CSV with a byte-order mark) or gb18030.", valueName: "utf8|gb18030"))
    var encoding: OutputEncoding = .utf8

    @Option(help: ArgumentHelp("Headings in Chinese or English. Default: from LC_ALL / LC_MESSAGES / LANG, else config.toml's language.", valueName: "zh|en"))
    var lang: LanguageOption?

    @Flag(name: .long, help: "The same as --format json.")
    var json = false

    @OptionGroup var color: ColorOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions

    private var chosenFormat: ReportFormat { json ? .json : format }

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year takes a four-digit year, such as 2022") }
        if json && format != .text && format != .json { throw ValidationError("--json and --format \(format.rawValue) ask for different forms") }
        if (chosenFormat == .json || chosenFormat == .xlsx) && encoding != .utf8 {
            throw ValidationError("\(chosenFormat == .json ? "JSON" : "An xlsx workbook") is always UTF-8; --encoding applies to text, md and csv")
        }
    }

    func run() throws {
        if chosenFormat == .xlsx { try XLSXOutput.refuseTerminal(destination) }
        let dataset = try data.load(cache: caching.cache)
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        guard let reportYear = year ?? CooperationReport.latestYear(in: dataset) else {
            StandardStreams.writeError("libcoop: no event, program, phase or document has a date; give --year\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        let index = DatasetIndex(dataset)
        let report = CooperationReport(index: index, year: reportYear, library: libraryID)
        if report.isEmpty {
            StandardStreams.writeError("libcoop: \(Self.nothingToReport(report, in: dataset))\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        let language = Settings.resolve(SettingFlags(language: lang)).language.value.language
        let tables = ReportTables(report: report, index: index, language: language)
        if chosenFormat == .xlsx {
            let sheets = tables.tables.map { $0.worksheet(named: $0.title ?? "") }
            try destination.write(XLSXOutput.bytes(XLSXWriter.Workbook(title: tables.heading, sheets: sheets)))
            return
        }
        let text: String
        switch chosenFormat {
        case .json: text = try JSONOutput.text(ReportJSON(report: report))
        case .md: text = MarkdownWriter.text(tables.tables, heading: tables.heading)
        case .csv: text = CSVWriter.text([SpreadsheetTable(title: tables.heading, headers: [])] + tables.tables)
        case .xlsx: return
        case .text:
            let toTerminal = destination.output == nil || destination.output == "-"
            let style = TextStyle(enabled: toTerminal && !color.noColor && TextStyle.terminalAllowsStyle)
            text = PlainTextWriter.text(tables.tables, heading: tables.heading, style: style)
        }
        let bytes: [UInt8]
        do {
            bytes = try encoding.bytes(text, byteOrderMark: chosenFormat == .csv)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.dataError)
        }
        try destination.write(bytes)
    }

    /// Why a report is empty: "nothing to report: no event, program, phase or document falls in
    /// 1999; the dated records give years 2014 – 2022".
    static func nothingToReport(_ report: CooperationReport, in dataset: Dataset) -> String {
        let whose = report.library.map { "of \(TextTable.inlineText($0.name)) " } ?? ""
        var message = "nothing to report: no event, program, phase or document \(whose)falls in \(report.year)"
        if let span = CooperationReport.yearSpan(in: dataset) {
            message += span.lowerBound == span.upperBound
                ? "; the dated records are all of \(span.lowerBound)"
                : "; the dated records give years \(span.lowerBound) – \(span.upperBound)"
        }
        return message
    }
}
