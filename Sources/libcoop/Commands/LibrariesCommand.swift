import ArgumentParser
import LibcoopCore

/// `libcoop libraries`: every library with its tier, pairing and how much is recorded about it.
struct LibrariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libraries",
        abstract: "List the libraries, the central library each is paired with, and counts of floors, staff and programs."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    /// A library as the JSON output shows it: the record without its floors, plus counts.
    /// A library as the JSON output shows it: its own members (absent ones left out) and its counts.
    private struct Entry: Encodable {
        var library: Library
        var counts: LibraryCounts

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(library.id, forKey: OutputKey(Library.Field.id))
            try container.encode(library.name, forKey: OutputKey(Library.Field.name))
            try container.encodeIfPresent(library.nameEnglish, forKey: OutputKey(Library.Field.nameEnglish))
            try container.encode(library.tier, forKey: OutputKey(Library.Field.tier))
            try container.encodeIfPresent(library.city, forKey: OutputKey(Library.Field.city))
            try container.encodeIfPresent(library.district, forKey: OutputKey(Library.Field.district))
            try container.encodeIfPresent(library.pairedWith, forKey: OutputKey(Library.Field.pairedWith))
            try container.encodeIfPresent(library.address, forKey: OutputKey(Library.Field.address))
            try container.encode(counts, forKey: OutputKey(own: "counts"))
            try container.encode(library.sources, forKey: OutputKey(Library.Field.sources))
        }
    }

    func run() throws {
        let (json, style) = (output.json, output.style)
        let text = try data.load(cache: caching.cache, preparing: { dataset in Result { try Self.render(dataset, json: json, style: style) } }).prepared
        StandardStreams.write(try text.get())
    }

    /// The list as JSON or as a table; made while the dataset is still being validated.
    private static func render(_ dataset: Dataset, json: Bool, style: TextStyle) throws -> String {
        let counts = LibraryCounts.all(in: dataset)
        if json {
            return try JSONOutput.text(dataset.libraries.map { library in
                Entry(library: library, counts: counts[library.id] ?? LibraryCounts())
            })
        }
        var table = TextTable(headers: ["ID", "NAME", "ENGLISH NAME", "TIER", "PAIRED WITH", "FLOORS", "SPACES", "STAFF", "PROGRAMS"])
        for library in dataset.libraries {
            let entry = counts[library.id] ?? LibraryCounts()
            table.append([
                library.id, library.name, library.nameEnglish ?? "", library.tier.rawValue, library.pairedWith ?? "",
                String(entry.floors), String(entry.spaces), String(entry.staff), String(entry.programs),
            ])
        }
        return table.render(style: style)
    }
}
