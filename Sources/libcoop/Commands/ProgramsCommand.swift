import ArgumentParser
import LibcoopCore

/// `libcoop programs`: the joint programs, optionally for one library or one year.
struct ProgramsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "programs",
        abstract: "List joint programs with their lead and partner libraries, dates and whether they run online."
    )

    @Option(help: ArgumentHelp("Only programs this library leads or partners in (id or name).", valueName: "library"))
    var library: String?

    @Option(help: ArgumentHelp("Only programs running in this year (programs without dates never match).", valueName: "yyyy"))
    var year: Int?

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let year, !(1...9999).contains(year) { throw ValidationError("--year takes a four-digit year, such as 2022") }
    }

    func run() throws {
        let dataset = try data.load()
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        let programs = ProgramQuery.programs(in: dataset, library: libraryID, year: year)
        if output.json {
            try JSONOutput.write(programs)
            return
        }
        var table = TextTable(headers: ["ID", "NAME", "ENGLISH NAME", "KIND", "MODE", "LEAD", "PARTNERS", "DATES", "STATUS"])
        for program in programs {
            table.append([
                program.id, program.name, program.nameEnglish ?? "—", program.kind.rawValue, program.mode?.rawValue ?? "—", program.lead ?? "—",
                program.partners.joined(separator: ","), Self.dates(program), program.status?.rawValue ?? "—",
            ])
        }
        StandardStreams.write(table.isEmpty ? "No programs match.\n" : table.render(style: output.style))
    }

    /// "2021", "2021-03 – 2022-06", "2022 –", or "—" when the sources give no date.
    static func dates(_ program: Program) -> String {
        switch (program.start, program.end) {
        case let (start?, end?) where start == end: start.description
        case let (start?, end?): "\(start) – \(end)"
        case let (start?, nil): program.status == .completed ? start.description : "\(start) –"
        case let (nil, end?): "– \(end)"
        case (nil, nil): "—"
        }
    }
}
