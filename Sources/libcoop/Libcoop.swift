import ArgumentParser

/// The `libcoop` command: browse and query city–district library cooperation records.
@main
struct Libcoop: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libcoop",
        abstract: "Browse the records of cooperation between a city library and its district libraries.",
        discussion: """
            Reads a JSON dataset of libraries, staff, floors and spaces, joint programs and linkage \
            events. With no --data option it reads $LIBCOOP_DATA, else the bundled sample (Nanjing's \
            Jinling Library and Yuhuatai District Library).

            Exit status: 0 success, 1 nothing matched (a query, a filter or a library name), 64 usage \
            error, 65 invalid data, 66 a file that cannot be opened, 73 an output file that cannot be \
            written, 74 standard output that cannot be written, 75 a dataset file that changed on disk \
            while it was being edited, 78 a bad config file (libcoop config --path says where it is).
            """,
        version: LibcoopVersion.number,
        subcommands: [
            BrowseCommand.self,
            ValidateCommand.self,
            LibrariesCommand.self,
            FloorsCommand.self,
            ProgramsCommand.self,
            TimelineCommand.self,
            StaffCommand.self,
            SearchCommand.self,
            ReportCommand.self,
            ExportCommand.self,
            GenerateCommand.self,
            SchemaCommand.self,
            EditCommand.self,
            AddCommand.self,
            FmtCommand.self,
            RemoveCommand.self,
            ImportCommand.self,
            ConfigCommand.self,
            CacheCommand.self,
        ],
        defaultSubcommand: BrowseCommand.self
    )

    /// Keeps malloc to one arena (before any thread starts), sets up crash reports (which may
    /// start the program again), then reads the config
    /// file (exit 78 when it is bad, before any command starts), then runs the command.
    /// `libcoop config --path` and `--help` work with a bad config file, to find and fix it.
    static func main() {
        MallocArenas.useOne()
        CrashReportSetup.prepare()
        let command: ParsableCommand
        do {
            command = try parseAsRoot()
        } catch {
            exit(withError: error)
        }
        if !((command as? ConfigCommand)?.path ?? false) { ConfigFileCheck.exitIfBad() }
        do {
            var command = command
            try command.run()
        } catch {
            exit(withError: error)
        }
    }
}
