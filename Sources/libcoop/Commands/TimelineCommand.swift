import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop timeline`: the history of the city–district linkage in date order.
struct TimelineCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        abstract: "Show the phases, events and documents of the city–district cooperation in date order.",
        discussion: "Dates keep the precision the sources give: 2018, 2022-05, 2022-05-30. A phase still running on its source's date is written \"2018 – …\", one whose end is not given \"2018 –\". A document with a year (a work plan, an agreement) stands at the start of its year; it involves the libraries that issued it and those of the events that discuss it."
    )

    @Option(help: ArgumentHelp("Only phases, events and documents involving this library (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    /// A timeline entry in the JSON output (absent values left out). Phases, events and documents
    /// share these members; `participants` and `documents` are an event's (empty otherwise),
    /// `events` a document's (the events that discuss it).
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
            try container.encode(entry.documents, forKey: OutputKey(LinkageEvent.Field.documents))
            try container.encode(entry.events, forKey: OutputKey(own: "events"))
            try container.encodeIfPresent(entry.description, forKey: OutputKey(Phase.description))
            try container.encode(entry.sources, forKey: OutputKey(Phase.sources))
        }
    }

    func run() throws {
        let dataset = try data.load(cache: caching.cache)
        let chosen = try library.map { try LibraryFilter.library(named: $0, in: dataset) }
        let entries = Timeline.entries(in: dataset, library: chosen?.id)
        if output.json {
            try JSONOutput.write(entries.map {
                Entry(entry: $0)
            })
            if entries.isEmpty { throw ExitCode(ExitStatus.noMatch) }
            return
        }
        if entries.isEmpty {
            let reason = chosen.map { "no phase, event or document in this dataset involves \(TerminalText.sanitized($0.name))" }
                ?? "this dataset has no phases, events or dated documents"
            StandardStreams.writeError("libcoop: nothing on the timeline: \(reason)\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        var table = TextTable(headers: ["WHEN", "KIND", "TITLE", "ENGLISH TITLE", "LIBRARIES"])
        for entry in entries {
            let indent = String(repeating: "  ", count: entry.depth)
            table.append([DateSpanText.text(entry), entry.kind.rawValue, indent + entry.title, entry.titleEnglish.map { indent + $0 } ?? "—",
                          entry.libraries.joined(separator: ",")])
        }
        StandardStreams.write(table.render(style: output.style))
    }
}
