import ArgumentParser
import LibcoopCore
import LibcoopRender

/// `libcoop validate`: checks dataset files and reports every problem at once.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check dataset files and report every problem with its file, line, column and JSON pointer.",
        discussion: "Exit status: 0 valid, 65 invalid data, 66 a file that cannot be opened."
    )

    @Argument(help: ArgumentHelp("Dataset files, or folders of them, to check together (merged, as --data merges them).", valueName: "path"))
    var files: [String] = []

    @OptionGroup var data: DataOptions
    @OptionGroup var output: OutputOptions

    /// The JSON report: whether the files are valid, and each problem.
    private struct Report: Encodable {
        struct Problem: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var pointer: String?
            var code: String
            var message: String
        }

        var valid: Bool
        var files: [String]
        var problems: [Problem]
        var counts: [String: Int]?
    }

    func run() throws {
        let paths = files.isEmpty ? try data.resolvedPaths() : try DataOptions.expandingFolders(files + data.files)
        let dataset: Dataset
        do {
            dataset = try DatasetLoader.load(paths: paths)
        } catch {
            try report(error, paths: paths)
            throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
        }
        let counts = [
            "libraries": dataset.libraries.count, "staff": dataset.staff.count, "programs": dataset.programs.count,
            "events": dataset.events.count, "phases": dataset.phases.count, "organizations": dataset.organizations.count,
            "documents": dataset.documents.count, "sources": dataset.sources.count,
        ]
        if output.json {
            try JSONOutput.write(Report(valid: true, files: paths, problems: [], counts: counts))
        } else {
            let summary = "\(counts["libraries"]!) libraries, \(counts["staff"]!) staff, \(counts["programs"]!) programs, "
                + "\(counts["events"]!) events, \(counts["phases"]!) phases"
            StandardStreams.write(TerminalText.sanitized("\(paths.joined(separator: ", ")): valid (\(summary))") + "\n")
        }
    }

    private func report(_ error: DatasetLoadError, paths: [String]) throws {
        guard output.json else {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            return
        }
        let problems = error.diagnostics.map {
            Report.Problem(file: $0.file, line: $0.line, column: $0.column, pointer: $0.pointer?.description,
                           code: $0.code.rawValue, message: $0.message)
        }
        try JSONOutput.write(Report(valid: false, files: paths, problems: problems, counts: nil))
    }
}
