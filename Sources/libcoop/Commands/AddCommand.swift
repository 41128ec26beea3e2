import ArgumentParser
import Foundation
import LibcoopCore

/// `libcoop add KIND`: writes a new record from a template in the user's editor, with an id made
/// from its name, into the file that already holds that library's records of the kind (or
/// `--file`). The same editor loop and checks as `libcoop edit` (`EditorSession`, `RecordAddition`).
struct AddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a record from a template in $VISUAL or $EDITOR, with an id made from its name.",
        discussion: """
            The template holds the kind's required members; # comment lines list every member and the \
            values a choice allows. The id is the pinyin of the name (张庆文 → zhangqingwen), made unique \
            with -2, -3, … unless you write one. The whole dataset is checked with the new record; \
            problems reopen the editor. The record is appended to the file that already holds most of the \
            library's records of this kind (of the kind, without --library), or to --file, which must be \
            one of the dataset's files; every other byte of the file stays as it was. Spaces are added by \
            editing their library. The bundled sample is read-only.

            Exit status: 0 added or cancelled unchanged, 1 the editor failed or no such library, 64 \
            usage (including the bundled sample), 65 invalid data or an edit given up, 66 a file that \
            cannot be opened, 73 the file cannot be written, 75 the file changed on disk.
            """
    )

    @Argument(help: ArgumentHelp("The kind of record: library, staff, program, event, phase, document, organization.", valueName: "kind"),
              completion: .list(["library", "staff", "program", "event", "phase", "document", "organization"]))
    var kind: String

    @Option(help: ArgumentHelp("The library the record belongs to (id or name): filled in, and it chooses the file.", valueName: "library"), completion: .libraries)
    var library: String?

    @Option(help: ArgumentHelp("The dataset file to add the record to (one of the --data files).", valueName: "file"), completion: .file(extensions: ["json"]))
    var file: String?

    @OptionGroup var data: DataOptions

    func run() throws {
        guard let recordKind = RecordKind(rawValue: kind) else {
            let kinds = RecordKind.allCases.filter { $0 != .space }.map(\.rawValue).joined(separator: ", ")
            StandardStreams.writeError("libcoop: \"\(kind)\" is not a kind of record (kinds: \(kinds))\n")
            throw ExitCode(ExitStatus.usage)
        }
        let environment = ProcessInfo.processInfo.environment
        if data.files.isEmpty && (environment["LIBCOOP_DATA"] ?? "").isEmpty {
            StandardStreams.writeError(
                "libcoop: the bundled sample dataset is read-only; to add records, name your dataset file with --data FILE or LIBCOOP_DATA=FILE\n"
            )
            throw ExitCode(ExitStatus.usage)
        }
        let paths = try data.resolvedPaths()
        let dataset = try data.load()
        let libraryID = try LibraryFilter.id(for: library, in: dataset)
        let addition: RecordAddition
        do {
            addition = try RecordAddition(kind: recordKind, library: libraryID, file: file, in: dataset, paths: paths)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.usage)
        }
        let outcome = EditorSession(draft: addition, editor: EditorLauncher.editorCommand(environment: environment)).run()
        try EditorSessionReport.finish(outcome, path: addition.path, savedVerb: "Added")
    }
}
