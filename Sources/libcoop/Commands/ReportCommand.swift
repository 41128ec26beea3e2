import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopCore

/// `libcoop report`: the year's cooperation summary, as text, Markdown, CSV or JSON.
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
            --encoding gb18030.
            """
    )

    @Option(help: ArgumentHelp("The year to report on. Default: the latest year with dated records.", valueName: "yyyy"))
    var year: Int?

    @Option(help: ArgumentHelp("Only what involves this library (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("The form of the report.", valueName: "text|md|csv|json"))
    var format: ReportFormat = .text

    @OptionGroup var destination: OutputFileOptions

    @Option(help: ArgumentHelp("The encoding of text, Markdown and CSV: utf8 (CSV with a byte-order mark) or gb18030.", valueName: "utf8|gb18030"))
    var encoding: OutputEncoding = .utf8

    @Option(help: ArgumentHelp("Headings in Chinese or English. Default: from LANG / LC_ALL.", valueName: "zh|en"))
    var lang: LanguageOption?

    @Flag(name: .long, help: "The same as --format json.")
    var json = false

    @OptionGroup var color: ColorOptions
    @OptionGroup var data: DataOptions

    private var chosenFormat: ReportFormat { json ? .json : format }

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year takes a four-digit year, such as 2022") }
        if json && format != .text && format != .json { throw ValidationError("--json and --format \(format.rawValue) ask for different forms") }
        if chosenFormat == .json && encoding != .utf8 { throw ValidationError("JSON is always UTF-8; --encoding applies to text, md and csv") }
    }

    func run() throws {
        let dataset = try data.load()
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        guard let reportYear = year ?? CooperationReport.latestYear(in: dataset) else {
            StandardStreams.writeError("libcoop: no event, program, phase or document has a date; give --year\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        let index = DatasetIndex(dataset)
        let report = CooperationReport(index: index, year: reportYear, library: libraryID)
        let language = lang?.language ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let tables = ReportTables(report: report, index: index, language: language)
        let text: String
        switch chosenFormat {
        case .json: text = try JSONOutput.text(ReportJSON(report: report))
        case .md: text = MarkdownWriter.text(tables.tables, heading: tables.heading)
        case .csv: text = CSVWriter.text([SpreadsheetTable(title: tables.heading, headers: [])] + tables.tables)
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
}
