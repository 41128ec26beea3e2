import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopCore
import LibcoopSpreadsheet

/// `libcoop export KIND`: one kind of record as a spreadsheet (CSV or xlsx), a Markdown table or JSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one kind of record as a table: CSV or xlsx for Excel and WPS, Markdown, or JSON.",
        discussion: """
            Columns are the members of the record declarations, headed by their labels in the \
            chosen language; a reference column holds ids and is followed by a column of names. \
            CSV is UTF-8 with a byte-order mark (Excel and WPS then read Chinese correctly); use \
            --encoding gb18030 for old versions. --format xlsx writes a workbook of one sheet (give \
            --output: it is not printed on a terminal). Cells that a spreadsheet would run as a formula \
            (starting with = + - @) get a leading ' in CSV and xlsx. JSON gives the records as the dataset writes them.
            """
    )

    @Argument(help: ArgumentHelp("What to export.", valueName: ExportKind.allCases.map(\.rawValue).joined(separator: "|")))
    var kind: ExportKind

    @Option(help: ArgumentHelp("Only records involving this library (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("The table format.", valueName: "csv|xlsx|md|json"))
    var format: ExportFormat = .csv

    @OptionGroup var destination: OutputFileOptions

    @Option(help: ArgumentHelp("The encoding of CSV and Markdown: utf8 (CSV with a byte-order mark) or gb18030.", valueName: "utf8|gb18030"))
    var encoding: OutputEncoding = .utf8

    @Option(help: ArgumentHelp("Column headings in Chinese or English. Default: from LC_ALL / LC_MESSAGES / LANG, else config.toml's language.", valueName: "zh|en"))
    var lang: LanguageOption?

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions

    func validate() throws {
        if (format == .json || format == .xlsx) && encoding != .utf8 {
            throw ValidationError("\(format == .json ? "JSON" : "An xlsx workbook") is always UTF-8; --encoding applies to csv and md")
        }
    }

    func run() throws {
        if format == .xlsx { try XLSXOutput.refuseTerminal(destination) }
        let dataset = try data.load(cache: caching.cache)
        let selection = ExportSelection(dataset: dataset, library: try LibraryFilter.id(for: library, in: dataset))
        let language = Settings.resolve(SettingFlags(language: lang)).language.value.language
        if format == .xlsx {
            let table = RecordTable(index: DatasetIndex(dataset), language: language).table(kind, of: selection)
            let sheet = table.worksheet(named: kind.sheetName(language))
            try destination.write(XLSXOutput.bytes(XLSXWriter.Workbook(sheets: [sheet])))
            return
        }
        let text: String
        switch format {
        case .json:
            text = try jsonText(selection)
        case .csv:
            text = CSVWriter.text([RecordTable(index: DatasetIndex(dataset), language: language).table(kind, of: selection)])
        case .xlsx: return
        case .md:
            text = MarkdownWriter.text([RecordTable(index: DatasetIndex(dataset), language: language).table(kind, of: selection)])
        }
        let bytes: [UInt8]
        do {
            bytes = try encoding.bytes(text, byteOrderMark: format == .csv)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.dataError)
        }
        try destination.write(bytes)
    }

    /// The selected records as the dataset writes them; a space with its library and floor level.
    private func jsonText(_ selection: ExportSelection) throws -> String {
        switch kind {
        case .staff: try JSONOutput.text(selection.staff)
        case .spaces: try JSONOutput.text(selection.spaces.map { PlacedSpace(library: $0.library.id, level: $0.floor?.level, space: $0.space) })
        case .programs: try JSONOutput.text(selection.programs)
        case .events: try JSONOutput.text(selection.events)
        case .phases: try JSONOutput.text(selection.phases)
        case .documents: try JSONOutput.text(selection.documents)
        case .libraries: try JSONOutput.text(selection.libraries)
        case .organizations: try JSONOutput.text(selection.organizations)
        }
    }

    /// A space as the dataset writes it, with the library it is in and its floor's level
    /// (`null` when the sources do not say) in front.
    private struct PlacedSpace: Encodable {
        var library: String
        var level: Int?
        var space: Space

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(library, forKey: OutputKey(StaffMember.Field.library))
            try container.encode(level, forKey: OutputKey(Floor.Field.level))
            try space.encode(to: encoder)
        }
    }
}
