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
            names holding its letters in order. Exits 1 when nobody matches, like grep.
            """
    )

    @Argument(help: ArgumentHelp("The name, or part of it, as you would type it.", valueName: "query"))
    var query: String

    @Option(help: ArgumentHelp("Only staff of this library (id or name).", valueName: "library"))
    var library: String?

    @Option(help: ArgumentHelp("Show at most this many people.", valueName: "n"))
    var limit = 20

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    /// A person as the JSON output shows them: the record's own fields plus what a reader needs.
    private struct Entry: Encodable {
        var id: String
        var name: String
        var name_en: String?
        var pinyin: String
        var library: String?
        var organization: String?
        var affiliation: String?
        var department: String?
        var title: String?
        var match: String

        /// Absent values are written as `null`, so every object has the same keys.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(name_en, forKey: .name_en)
            try container.encode(pinyin, forKey: .pinyin)
            try container.encode(library, forKey: .library)
            try container.encode(organization, forKey: .organization)
            try container.encode(affiliation, forKey: .affiliation)
            try container.encode(department, forKey: .department)
            try container.encode(title, forKey: .title)
            try container.encode(match, forKey: .match)
        }

        private enum CodingKeys: String, CodingKey {
            case id, name, name_en, pinyin, library, organization, affiliation, department, title, match
        }
    }

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit takes a number of people, 1 or more") }
    }

    func run() throws {
        let (dataset, index) = try data.load(preparingWithStaffIndex: { $1 })
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        let matches = index.search(query, library: libraryID, limit: limit)
        if output.json {
            try JSONOutput.write(matches.map { match in
                let member = match.member
                return Entry(id: member.id, name: member.name, name_en: member.nameEnglish, pinyin: match.pinyin,
                             library: member.library, organization: member.organization,
                             affiliation: index.affiliationName(of: member), department: member.department,
                             title: member.title, match: match.kind.description)
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
            StandardStreams.writeError("libcoop: no staff match \"\(TerminalText.sanitized(query))\"\n")
        }
        if matches.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
