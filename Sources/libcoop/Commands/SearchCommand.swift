import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop search QUERY`: every kind of record by name — libraries, spaces, programs, events,
/// phases, documents, organisations and staff — each result saying what it is and where it belongs.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find any record by name: libraries, spaces, programs, events, phases, documents, organisations, staff.",
        discussion: """
            Matches names the way `libcoop staff` does (characters, pinyin, initials, Traditional, \
            English, ids), best match first; names that only hold the letters in order across words are \
            listed only when nothing matches better. Exits 1 when nothing matches. When --limit cuts \
            the list, a terminal is told how many there are on standard error.
            """
    )

    @Argument(help: ArgumentHelp("The name, or part of it, as you would type it.", valueName: "query"))
    var query: String

    @Option(help: ArgumentHelp("Show at most this many records.", valueName: "n"))
    var limit = 20

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    /// A record as the JSON output shows it.
    private struct Entry: Encodable {
        var kind: String
        var id: String
        var name: String
        var nameEnglish: String?
        var context: String
        var match: String

        /// A missing English name is written as `null`, so every object has the same keys. `id`,
        /// `name` and `name_en` are the members every named record has (declared alike by each kind).
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(kind, forKey: OutputKey(own: "kind"))
            try container.encode(id, forKey: OutputKey(Library.Field.id))
            try container.encode(name, forKey: OutputKey(Library.Field.name))
            try container.encode(nameEnglish, forKey: OutputKey(Library.Field.nameEnglish))
            try container.encode(context, forKey: OutputKey(own: "context"))
            try container.encode(match, forKey: OutputKey(own: "match"))
        }
    }

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit takes a number of records, 1 or more") }
    }

    func run() throws {
        let index = try data.load(cache: caching.cache, preparingWithStaffIndex: { RecordSearchIndex($0, staffIndex: $1) }).prepared
        let found = index.search(query, limit: LimitNotice.probe(limit))
        let matches = Array(found.prefix(limit))
        if output.json {
            try JSONOutput.write(matches.map { match in
                Entry(kind: match.kind.rawValue, id: match.id, name: match.name, nameEnglish: match.nameEnglish,
                      context: match.context, match: match.matchKind.description)
            })
        } else if !matches.isEmpty {
            var table = TextTable(headers: ["KIND", "NAME", "ENGLISH NAME", "WHERE", "ID"])
            for match in matches {
                table.append([match.kind.rawValue, match.name, match.nameEnglish ?? "—",
                              match.context.isEmpty ? "—" : match.context, match.id])
            }
            StandardStreams.write(table.render(style: output.style))
        } else {
            StandardStreams.writeError("libcoop: nothing matches \"\(TerminalText.sanitized(query))\"\n")
        }
        LimitNotice.report(found: found.count, limit: limit) { index.search(query, limit: Int(Int32.max)).count }
        if matches.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
