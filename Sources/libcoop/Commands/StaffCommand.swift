import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop staff QUERY`: people found by name however it is typed — characters, pinyin with or
/// without spaces, initials, Traditional characters, English names, ids.
struct StaffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "staff",
        abstract: "Find staff by name: 焦翔, 焦, jiaoxiang, jiao xiang, jx, 張慶文 (Traditional), an English name or an id.",
        discussion: """
            Best match first: the whole name, then names that start with the query, then names \
            whose syllables start with its letters (jx, zhangqw), then names containing it, then \
            names holding its letters in order. Exits 1 when nobody matches, like grep. When --limit \
            cuts the list, a terminal is told how many there are on standard error.
            """
    )

    @Argument(help: ArgumentHelp("The name, or part of it, as you would type it.", valueName: "query"))
    var query: String

    @Option(help: ArgumentHelp("Only staff of this library (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("Show at most this many people.", valueName: "n"))
    var limit = 20

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    /// A person as the JSON output shows them: the record's own fields plus what a reader needs.
    private struct Entry: Encodable {
        var member: StaffMember
        var pinyin: String
        var affiliation: String?
        var match: String

        /// Absent values are written as `null`, so every object has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(member.id, forKey: OutputKey(StaffMember.Field.id))
            try container.encode(member.name, forKey: OutputKey(StaffMember.Field.name))
            try container.encode(member.nameEnglish, forKey: OutputKey(StaffMember.Field.nameEnglish))
            try container.encode(pinyin, forKey: OutputKey(own: "pinyin"))
            try container.encode(member.library, forKey: OutputKey(StaffMember.Field.library))
            try container.encode(member.organization, forKey: OutputKey(StaffMember.Field.organization))
            try container.encode(affiliation, forKey: OutputKey(own: "affiliation"))
            try container.encode(member.department, forKey: OutputKey(StaffMember.Field.department))
            try container.encode(member.title, forKey: OutputKey(StaffMember.Field.title))
            try container.encode(match, forKey: OutputKey(own: "match"))
        }
    }

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit takes a number of people, 1 or more") }
    }

    func run() throws {
        let (dataset, index) = try data.load(cache: caching.cache, preparingWithStaffIndex: { $1 })
        let chosen = try library.map { try LibraryFilter.library(named: $0, in: dataset) }
        let libraryID = chosen?.id
        let found = index.search(query, library: libraryID, limit: LimitNotice.probe(limit))
        let matches = Array(found.prefix(limit))
        if output.json {
            try JSONOutput.write(matches.map { match in
                let member = match.member
                return Entry(member: member, pinyin: match.pinyin, affiliation: index.affiliationName(of: member),
                             match: match.kind.description)
            })
        } else if !matches.isEmpty {
            var table = TextTable(headers: ["NAME", "ENGLISH NAME", "PINYIN", "LIBRARY", "DEPARTMENT", "TITLE", "ID"])
            for match in matches {
                let member = match.member
                table.append([member.name, member.nameEnglish ?? "—", match.pinyin, index.affiliationName(of: member) ?? "—",
                              member.department ?? "—", member.title ?? "—", member.id])
            }
            StandardStreams.write(table.render(style: output.style))
        } else {
            let reason = chosen.flatMap { chosen in
                dataset.staff.contains { $0.library == chosen.id } ? nil : "; \(TerminalText.sanitized(chosen.name)) has no staff in this dataset"
            } ?? ""
            StandardStreams.writeError("libcoop: no staff match \"\(TerminalText.sanitized(query))\"\(reason)\n")
        }
        LimitNotice.report(found: found.count, limit: limit) { index.search(query, library: libraryID, limit: index.count).count }
        if matches.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
