import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop programs`: the joint programs, optionally for one library or one year.
struct ProgramsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programs",
        abstract: "List joint programs with their lead and partner libraries, dates and whether they run online."
    )

    @Option(help: ArgumentHelp("Only programs this library leads or partners in (id or name).", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("Only programs running in this year (programs without dates never match). Exits 1, saying why, when none does.", valueName: "yyyy"))
    var year: Int?

    @OptionGroup var data: DataOptions
    @OptionGroup var caching: CacheOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year takes a four-digit year, such as 2022") }
    }

    func run() throws {
        let dataset = try data.load(cache: caching.cache)
        let chosen = try library.map { try LibraryFilter.library(named: $0, in: dataset) }
        let programs = ProgramQuery.programs(in: dataset, library: chosen?.id, year: year)
        if output.json {
            try JSONOutput.write(programs)
            if programs.isEmpty { throw ExitCode(ExitStatus.noMatch) }
            return
        }
        if programs.isEmpty {
            StandardStreams.writeError("libcoop: no programs match: \(Self.whyNothingMatches(in: dataset, library: chosen, year: year))\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        var table = TextTable(headers: ["ID", "NAME", "ENGLISH NAME", "KIND", "MODE", "LEAD", "PARTNERS", "DATES", "STATUS"])
        for program in programs {
            table.append([
                program.id, program.name, program.nameEnglish ?? "—", program.kind.rawValue, program.mode?.rawValue ?? "—", program.lead ?? "—",
                program.partners.joined(separator: ","), DateSpanText.text(program), program.status?.rawValue ?? "—",
            ])
        }
        StandardStreams.write(table.render(style: output.style))
    }

    /// Why the filters leave no program, said as structurally as the data allows: no programs at
    /// all, none for the library, none with dates, or the years the dated ones span.
    static func whyNothingMatches(in dataset: Dataset, library: Library?, year: Int?) -> String {
        guard !dataset.programs.isEmpty else { return "this dataset has no programs" }
        let candidates = ProgramQuery.programs(in: dataset, library: library?.id)
        let libraryName = library.map { TerminalText.sanitized($0.name) }
        guard !candidates.isEmpty else { return "no program in this dataset involves \(libraryName ?? "")" }
        guard let year else { return "no program matches" }
        let years = candidates.flatMap { [$0.start?.year, $0.end?.year].compactMap { $0 } }
        let whose = libraryName.map { "of \($0) " } ?? "in this dataset "
        guard let first = years.min(), let last = years.max() else { return "no program \(whose)has dates" }
        let span = first == last ? "\(first)" : "\(first) – \(last)"
        return "no program \(whose)runs in \(year); the dated ones give years \(span)"
    }
}
