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
            dataset with --data FILE or $LIBCOOP_DATA. The id cannot be changed.

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
        let dataset = try data.load()
        let edit: RecordEdit
        do {
            edit = try RecordEdit(reference: reference, in: dataset, paths: paths)
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.noMatch)
        }
        try EditorSession(edit: edit, editor: EditorLauncher.editorCommand(environment: environment)).run()
    }
}

/// The editor loop of one `edit`: show, check, reopen with problems, write or give up.
private struct EditorSession {
    let edit: RecordEdit
    let editor: String

    var fileName: String {
        let safeIdentifier = String(edit.reference.id.unicodeScalars.map { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? Character($0) : "_" })
        return "\(edit.reference.kind.rawValue)-\(safeIdentifier).json"
    }

    func run() throws {
        let directory: PrivateDirectory
        let file: String
        do {
            directory = try PrivateDirectory.make(prefix: "libcoop-edit-")
            file = try directory.createFile(named: fileName, contents: contents(problems: [], text: edit.originalText))
        } catch {
            StandardStreams.writeError("libcoop: \(error)\n")
            throw ExitCode(ExitStatus.cannotCreate)
        }
        defer { directory.remove() }
        var lastTextWithProblems: [UInt8]?
        while true {
            let status: Int32
            do {
                status = try EditorLauncher.run(editor, on: file)
            } catch {
                StandardStreams.writeError("libcoop: \(error)\n")
                throw ExitCode(ExitStatus.noMatch)
            }
            let saved = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
            if status != 0 {
                if lastTextWithProblems != nil { keepRecoveryCopy(saved, reason: "The edit was given up with problems") }
                StandardStreams.writeError("Edit cancelled: the editor exited with status \(status); no changes made.\n")
                throw ExitCode(ExitStatus.noMatch)
            }
            switch edit.check(saved) {
            case .unchanged:
                StandardStreams.write("Edit cancelled, no changes made.\n")
                return
            case .problems(let text, let problems):
                if text == lastTextWithProblems {
                    StandardStreams.writeError(problems.map { "libcoop: \(edit.path): \($0)\n" }.joined())
                    keepRecoveryCopy(saved, reason: "The edit was saved unchanged after problems were found; nothing was written")
                    throw ExitCode(ExitStatus.dataError)
                }
                lastTextWithProblems = text
                do {
                    try directory.replaceFile(named: fileName, contents: contents(problems: problems, text: text))
                } catch {
                    keepRecoveryCopy(saved, reason: "libcoop: \(error)")
                    throw ExitCode(ExitStatus.cannotCreate)
                }
            case .ready(let text, let fileBytes):
                do {
                    try edit.write(fileBytes)
                } catch {
                    StandardStreams.writeError("libcoop: \(error)\n")
                    keepRecoveryCopy(text, reason: "Your edit was not written")
                    if case .changedOnDisk = error { throw ExitCode(ExitStatus.temporaryFailure) }
                    throw ExitCode(ExitStatus.cannotCreate)
                }
                StandardStreams.write("Saved \(edit.reference) to \(edit.path).\n")
                return
            }
        }
    }

    /// The editor's file: the problems (if any), the members' explanations, then the record.
    /// Problem lines give the line in this file, which is the record's line after the comments.
    private func contents(problems: [EditProblem], text: [UInt8]) -> [UInt8] {
        var header: [String] = []
        if !problems.isEmpty {
            header.append("# Problems found (fix them and save; save unchanged or quit with an error to give up):")
            header.append(contentsOf: Array(repeating: "", count: problems.count))
            header.append("#")
        }
        header += edit.fieldComments
        let offset = header.count
        if !problems.isEmpty {
            for (position, problem) in problems.enumerated() {
                var shown = problem
                shown.line = problem.line.map { $0 + offset }
                header[1 + position] = "#   " + shown.description.replacingOccurrences(of: "\n", with: " ")
            }
        }
        return Array((header.joined(separator: "\n") + "\n").utf8) + text + (text.last == UInt8(ascii: "\n") ? [] : [UInt8(ascii: "\n")])
    }

    /// Saves `bytes` in a new private directory and tells the user where.
    private func keepRecoveryCopy(_ bytes: [UInt8], reason: String) {
        do {
            let directory = try PrivateDirectory.make(prefix: "libcoop-recovery-")
            let path = try directory.createFile(named: fileName, contents: bytes)
            StandardStreams.writeError("\(reason). A copy of your edit is in \(path)\n")
        } catch {
            StandardStreams.writeError("\(reason). Your edit could not be kept: \(error)\n")
        }
    }
}
