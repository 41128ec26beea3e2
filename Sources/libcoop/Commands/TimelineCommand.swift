import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop timeline`: the history of the city–district linkage in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the phases and events of the city–district cooperation in date order.",
        discussion: "Dates keep the precision the sources give: 2018, 2022-05, 2022-05-30. A phase still running on its source's date is written \"2018 – …\", one whose end is not given \"2018 –\"."
    )

    @Option(help: ArgumentHelp("Only phases and events involving this library (id or name).", valueName: "library"))
    var library: String?

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    /// A timeline entry in the JSON output.
    private struct Entry: Encodable {
        var kind: TimelineEntry.Kind
        var id: String
        var title: String
        var title_en: String?
        var start: PartialDate?
        var end: PartialDate?
        var ongoing: Bool
        var parent: String?
        var libraries: [String]
        var participants: [String]
        var description: String?
        var sources: [String]
    }

    func run() throws {
        let dataset = try data.load()
        let chosen = try library.map { try LibraryFilter.library(named: $0, in: dataset) }
        let entries = Timeline.entries(in: dataset, library: chosen?.id)
        if output.json {
            try JSONOutput.write(entries.map {
                Entry(kind: $0.kind, id: $0.id, title: $0.title, title_en: $0.titleEnglish, start: $0.start, end: $0.end,
                      ongoing: $0.ongoing, parent: $0.parent, libraries: $0.libraries, participants: $0.participants,
                      description: $0.description, sources: $0.sources)
            })
            if entries.isEmpty { throw ExitCode(ExitStatus.noMatch) }
            return
        }
        if entries.isEmpty {
            let reason = chosen.map { "no phase or event in this dataset involves \(TerminalText.sanitized($0.name))" }
                ?? "this dataset has no phases or events"
            StandardStreams.writeError("libcoop: nothing on the timeline: \(reason)\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        var table = TextTable(headers: ["WHEN", "KIND", "TITLE", "LIBRARIES"])
        for entry in entries {
            let indent = String(repeating: "  ", count: entry.depth)
            table.append([DateSpanText.text(entry), entry.kind.rawValue, indent + entry.title, entry.libraries.joined(separator: ",")])
        }
        StandardStreams.write(table.render(style: output.style))
    }
}
