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

    /// A timeline entry in the JSON output (absent values left out). Phases and events share
    /// these members; `participants` is an event's (empty for a phase).
    private struct Entry: Encodable {
        var entry: TimelineEntry

        func encode(to encoder: Encoder) throws {
            typealias Phase = LinkagePhase.Field
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(entry.kind, forKey: OutputKey(own: "kind"))
            try container.encode(entry.id, forKey: OutputKey(Phase.id))
            try container.encode(entry.title, forKey: OutputKey(Phase.title))
            try container.encodeIfPresent(entry.titleEnglish, forKey: OutputKey(Phase.titleEnglish))
            try container.encodeIfPresent(entry.start, forKey: OutputKey(Phase.start))
            try container.encodeIfPresent(entry.end, forKey: OutputKey(Phase.end))
            try container.encode(entry.ongoing, forKey: OutputKey(Phase.ongoing))
            try container.encodeIfPresent(entry.parent, forKey: OutputKey(Phase.parent))
            try container.encode(entry.libraries, forKey: OutputKey(Phase.libraries))
            try container.encode(entry.participants, forKey: OutputKey(LinkageEvent.Field.participants))
            try container.encodeIfPresent(entry.description, forKey: OutputKey(Phase.description))
            try container.encode(entry.sources, forKey: OutputKey(Phase.sources))
        }
    }

    func run() throws {
        let dataset = try data.load()
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        let entries = Timeline.entries(in: dataset, library: libraryID)
        if output.json {
            try JSONOutput.write(entries.map {
                Entry(entry: $0)
            })
            return
        }
        var table = TextTable(headers: ["WHEN", "KIND", "TITLE", "LIBRARIES"])
        for entry in entries {
            let indent = String(repeating: "  ", count: entry.depth)
            table.append([Self.when(entry), entry.kind.rawValue, indent + entry.title, entry.libraries.joined(separator: ",")])
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
