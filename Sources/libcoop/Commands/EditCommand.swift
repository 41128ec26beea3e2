import ArgumentParser
import Foundation
import LibcoopCore

/// `libcoop edit KIND:ID`: opens one record as JSON in the user's editor and writes it back to the
/// file it came from, as `kubectl edit` does (see `RecordEdit` for the checks, and
/// `DatasetFileReplacement` for the write).
struct EditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "Edit one record as JSON in $VISUAL or $EDITOR, and write it back to its file.",
        discussion: """
            The record opens with # comment lines describing its members. When the editor exits, the \
            whole dataset is checked with the change; problems reopen the editor, listed at the top. \
            Saving unchanged, or quitting the editor with an error, cancels. Only the record's bytes in \
            its file change; nothing is written if the file changed on disk meanwhile (your edit is then \
            kept in a recovery file whose path is printed). The bundled sample is read-only: name your \
            dataset with --data FILE or $LIBCOOP_DATA. A dataset that already has problems can be edited, to \
            fix them: the edit is written when the dataset with it has no problem it did not have before. A changed id is refused while other records refer to \
            the old one (they are listed; no other record is changed).

            Exit status: 0 saved or cancelled unchanged, 1 the editor failed or the record does not \
            exist, 64 usage (including the bundled sample), 65 invalid data or an edit given up, 66 a \
            file that cannot be opened, 75 the file changed on disk.
            """
    )

    @Argument(help: ArgumentHelp("The record, as KIND:ID (staff:zhangqingwen, library:yuhuatai).", valueName: "kind:id"), completion: .editableRecords)
    var record: String

    @OptionGroup var data: DataOptions

    func run() throws {
        guard let reference = RecordReference(parsing: record) else {
            let kinds = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
            StandardStreams.writeError("libcoop: expected KIND:ID (kinds: \(kinds)), got \"\(record)\"\n")
            throw ExitCode(ExitStatus.usage)
        }
        let environment = ProcessInfo.processInfo.environment
        if data.files.isEmpty && (environment["LIBCOOP_DATA"] ?? "").isEmpty {
            StandardStreams.writeError(
                "libcoop: the bundled sample dataset is read-only; to edit records, name your dataset file with --data FILE or LIBCOOP_DATA=FILE\n"
            )
            throw ExitCode(ExitStatus.usage)
        }
        let paths = try data.resolvedPaths()
        // A dataset with problems can still be edited (to fix them): an edit is written when it adds none.
        let loaded: (dataset: Dataset, problems: [Diagnostic])
        do {
            loaded = try DatasetLoader.loadKeepingProblems(paths: paths)
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(ExitStatus.noInput)
        }
        if !loaded.problems.isEmpty {
            StandardStreams.writeError("libcoop: the dataset already has \(loaded.problems.count) problem(s) (libcoop validate lists them); an edit that adds none is written\n")
        }
        let edit: RecordEdit
        do {
            edit = try RecordEdit(reference: reference, in: loaded.dataset, paths: paths, baseline: loaded.problems)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        let outcome = EditorSession(draft: edit, editor: EditorLauncher.editorCommand(environment: environment)).run()
        try EditorSessionReport.finish(outcome, path: edit.path)
    }
}
