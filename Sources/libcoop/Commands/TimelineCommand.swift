import ArgumentParser
import LibcoopCore

/// `libcoop timeline`: the history of the city–district linkage in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the phases and events of the city–district cooperation in date order.",
        discussion: "Dates keep the precision the sources give: 2018, 2022-05, 2022-05-30. A phase still running on its source's date ends in \"…\"."
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
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        let entries = Timeline.entries(in: dataset, library: libraryID)
        if output.json {
            try JSONOutput.write(entries.map {
                Entry(kind: $0.kind, id: $0.id, title: $0.title, title_en: $0.titleEnglish, start: $0.start, end: $0.end,
                      ongoing: $0.ongoing, parent: $0.parent, libraries: $0.libraries, participants: $0.participants,
                      description: $0.description, sources: $0.sources)
            })
            return
        }
        var table = TextTable(headers: ["WHEN", "KIND", "TITLE", "ENGLISH TITLE", "LIBRARIES"])
        for entry in entries {
            let indent = String(repeating: "  ", count: entry.depth)
            table.append([Self.when(entry), entry.kind.rawValue, indent + entry.title, entry.titleEnglish.map { indent + $0 } ?? "—",
                          entry.libraries.joined(separator: ",")])
        }
        StandardStreams.write(table.isEmpty ? "No phases or events match.\n" : table.render(style: output.style))
    }

    /// "2022-05-30", "2018 – …" (ongoing), "2018 – 2020", "? – …" (start not given).
    static func when(_ entry: TimelineEntry) -> String {
        if entry.kind == .event {
            guard let end = entry.end, end != entry.start else { return entry.start?.description ?? "?" }
            return "\(entry.start?.description ?? "?") – \(end)"
        }
        let start = entry.start?.description ?? "?"
        if let end = entry.end { return "\(start) – \(end)" }
        return entry.ongoing ? "\(start) – …" : "\(start) –"
    }
}
