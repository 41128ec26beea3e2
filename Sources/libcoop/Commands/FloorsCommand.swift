import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopCore

/// `libcoop floors LIBRARY`: a building directory, top floor first.
struct FloorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "floors",
        abstract: "Show a library's floors from the top down, each space with its kind and status.",
        discussion: """
            LIBRARY is an id (yuhuatai) or a name that identifies one library (雨花台区图书馆, 雨花台, \
            "Yuhuatai District Library"). Levels count as Chinese buildings are signed: 1 is the ground \
            floor, 2 the floor above (2F), -1 the first basement (B1). Spaces whose floor the sources do \
            not give are listed last, without a floor. --format md writes a printable floor directory \
            (a table per floor, top first; a space that is not open has its status in bold), to \
            --output or standard output, headed in --lang.
            """
    )

    @Argument(help: ArgumentHelp("The library's id or name.", valueName: "library"), completion: .libraries)
    var library: String

    @Option(help: ArgumentHelp("text (aligned, for the terminal), md (a printable directory) or json. Default: text, or json with --json.", valueName: "text|md|json"))
    var format: FloorsFormat?

    @Option(help: ArgumentHelp("The Markdown directory's headings in Chinese or English. Default: from LC_ALL / LC_MESSAGES / LANG, else config.toml's language.", valueName: "zh|en"))
    var lang: LanguageOption?

    @OptionGroup var destination: OutputFileOptions
    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    /// The forms `floors` prints.
    enum FloorsFormat: String, CaseIterable, ExpressibleByArgument {
        case text
        case md
        case json
    }

    private var chosenFormat: FloorsFormat { output.json ? .json : format ?? .text }

    func validate() throws {
        if output.json, let format, format != .json { throw ValidationError("--json and --format \(format.rawValue) ask for different forms") }
        if destination.output != nil && chosenFormat != .md { throw ValidationError("--output applies to --format md") }
    }

    /// One floor in the JSON output; `level` is null for the spaces whose floor is not known.
    private struct FloorEntry: Encodable {
        var level: Int?
        var label: String
        var spaces: [Space]

        enum CodingKeys: String, CodingKey { case level, label, spaces }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(level, forKey: .level)
            try container.encode(label, forKey: .label)
            try container.encode(spaces, forKey: .spaces)
        }
    }

    static let unknownFloorLabel = "楼层不详 (floor not given)"

    func run() throws {
        let dataset = try data.load(cache: caching.cache)
        let chosen = try LibraryFilter.library(named: library, in: dataset)
        if chosenFormat == .md {
            let language = Settings.resolve(SettingFlags(language: lang)).language.value.language
            let directory = FloorDirectoryTables(library: chosen, language: language)
            try destination.write(Array(MarkdownWriter.text(directory.tables, heading: directory.heading).utf8))
            return
        }
        var floors = chosen.floorsTopDown.map { FloorEntry(level: $0.level, label: $0.displayLabel, spaces: $0.spaces) }
        if !chosen.spacesWithoutFloor.isEmpty {
            floors.append(FloorEntry(level: nil, label: Self.unknownFloorLabel, spaces: chosen.spacesWithoutFloor))
        }
        if chosenFormat == .json {
            try JSONOutput.write(floors)
            return
        }
        let spaceCount = floors.reduce(0) { $0 + $1.spaces.count }
        var text = output.style.bold(TextTable.inlineText(chosen.name)) + (chosen.nameEnglish.map { "  " + TextTable.inlineText($0) } ?? "")
        text += output.style.dim("  \(chosen.floors.count) floors, \(spaceCount) spaces") + "\n"
        if floors.isEmpty {
            StandardStreams.write(text + "No floors or spaces are recorded for this library.\n")
            return
        }
        var table = TextTable(headers: ["FLOOR", "SPACE", "ENGLISH NAME", "KIND", "STATUS"])
        for floor in floors {
            for (index, space) in floor.spaces.enumerated() {
                let floorLabel = index == 0 ? (floor.level == nil ? "—" : floor.label) : ""
                table.append([floorLabel, space.name, space.nameEnglish ?? "", space.kind.rawValue, Self.statusText(space.status)])
            }
        }
        text += table.render(style: output.style)
        if !chosen.spacesWithoutFloor.isEmpty {
            text += output.style.dim("— floor not given in the sources") + "\n"
        }
        StandardStreams.write(text)
    }

    /// The status as shown to people; anything but open is written in capitals to stand out.
    static func statusText(_ status: Space.Status) -> String {
        switch status {
        case .open: "open"
        case .underConstruction: "UNDER CONSTRUCTION"
        case .planned: "PLANNED"
        case .closed: "CLOSED"
        }
    }
}
