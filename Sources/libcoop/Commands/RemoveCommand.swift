import ArgumentParser
import Foundation
import Glibc
import LibcoopCore

/// `libcoop remove KIND:ID`: removes one record from its file, after confirmation, and only when
/// no other record refers to it.
struct RemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove one record from its file (asks first; refuses while other records refer to it).",
        discussion: """
            Only the record's bytes (and the comma that separated it) leave the file, written the same \
            safe way as edit. The references that stop a removal are listed by file and JSON pointer. \
            The bundled sample is read-only: name your dataset with --data FILE or $LIBCOOP_DATA.

            Exit status: 0 removed, 1 not confirmed or no such record, 64 usage (no terminal to ask \
            on and no --yes, or the bundled sample), 65 other records refer to it, 73 the file cannot \
            be written, 75 the file changed on disk.
            """
    )

    @Argument(help: ArgumentHelp("The record, as KIND:ID.", valueName: "kind:id"), completion: .editableRecords)
    var record: String

    @Flag(help: "Remove without asking.")
    var yes = false

    @OptionGroup var data: DataOptions

    func run() throws {
        guard let reference = RecordReference(parsing: record) else {
            let kinds = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
            StandardStreams.writeError("libcoop: expected KIND:ID (kinds: \(kinds)), got \"\(record)\"\n")
            throw ExitCode(ExitStatus.usage)
        }
        if data.files.isEmpty && (ProcessInfo.processInfo.environment["LIBCOOP_DATA"] ?? "").isEmpty {
            StandardStreams.writeError(
                "libcoop: the bundled sample dataset is read-only; to remove records, name your dataset file with --data FILE or LIBCOOP_DATA=FILE\n"
            )
            throw ExitCode(ExitStatus.usage)
        }
        if !yes && isatty(STDIN_FILENO) == 0 {
            StandardStreams.writeError("libcoop: remove asks for confirmation on a terminal; add --yes to remove without asking\n")
            throw ExitCode(ExitStatus.usage)
        }
        let paths = try data.resolvedPaths()
        let dataset = try data.load()
        let edit: RecordEdit
        do {
            edit = try RecordEdit(reference: reference, in: dataset, paths: paths)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        switch edit.removal() {
        case .refused(let references, let otherProblems):
            if !references.isEmpty {
                StandardStreams.writeError("libcoop: \(reference) is referred to by \(references.count) other record member(s); nothing was removed:\n")
                StandardStreams.writeError(references.map { "  \($0)\n" }.joined())
            }
            if !otherProblems.isEmpty {
                StandardStreams.writeError("libcoop: without \(reference) the dataset would not be valid; nothing was removed:\n")
                StandardStreams.writeError(otherProblems.map { "  \($0)\n" }.joined())
            }
            throw ExitCode(ExitStatus.dataError)
        case .ready(let fileBytes):
            if !yes {
                StandardStreams.write("Remove \(reference) from \(edit.path)? [y/N] ")
                let answer = readLine()?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
                guard answer == "y" || answer == "yes" else {
                    StandardStreams.write("Nothing removed.\n")
                    throw ExitCode(ExitStatus.noMatch)
                }
            }
            do {
                try edit.write(fileBytes, temporaryFile: InterruptCleanup.follow)
            } catch {
                StandardStreams.writeError("libcoop: \(error)\n")
                if case .changedOnDisk = error { throw ExitCode(ExitStatus.temporaryFailure) }
                throw ExitCode(ExitStatus.cannotCreate)
            }
            StandardStreams.write("Removed \(reference) from \(edit.path).\n")
        }
    }
}
