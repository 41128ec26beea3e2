import ArgumentParser
import LibcoopCore

/// `libcoop libraries`: every library with its tier, pairing and how much is recorded about it.
struct LibrariesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libraries",
        abstract: "List the libraries, the central library each is paired with, and counts of floors, staff and programs."
    )

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    /// A library as the JSON output shows it: the record without its floors, plus counts.
    private struct Entry: Encodable {
        var id: String
        var name: String
        var name_en: String?
        var tier: Library.Tier
        var city: String?
        var district: String?
        var paired_with: String?
        var address: String?
        var counts: LibraryCounts
        var sources: [String]
    }

    func run() throws {
        let (json, style) = (output.json, output.style)
        let text = try data.load(preparing: { dataset in Result { try Self.render(dataset, json: json, style: style) } }).prepared
        StandardStreams.write(try text.get())
    }

    /// The list as JSON or as a table; made while the dataset is still being validated.
    private static func render(_ dataset: Dataset, json: Bool, style: TextStyle) throws -> String {
        let counts = LibraryCounts.all(in: dataset)
        if json {
            return try JSONOutput.text(dataset.libraries.map { library in
                Entry(id: library.id, name: library.name, name_en: library.nameEnglish, tier: library.tier, city: library.city,
                      district: library.district, paired_with: library.pairedWith, address: library.address,
                      counts: counts[library.id] ?? LibraryCounts(), sources: library.sources)
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
