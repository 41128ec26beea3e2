import ArgumentParser
import LibcoopCore

/// How `libcoop edit` (and `add`) tell the shell what came of an editor session, with the exit
/// status each outcome has (0 saved or unchanged, 1 the editor failed, 65 given up with problems,
/// 73 a file that could not be written, 75 the dataset file changed on disk).
enum EditorSessionReport {
    /// Prints `outcome` of a session on the file `path`; throws the exit status of one that failed.
    static func finish<Draft>(_ outcome: EditorSession<Draft>.Outcome, path: String, savedVerb: String = "Saved") throws {
        switch outcome {
        case .saved(let reference, let path):
            StandardStreams.write("\(savedVerb) \(reference) to \(path).\n")
        case .unchanged:
            StandardStreams.write("Edit cancelled, no changes made.\n")
        case .editorFailed(let status, let recovery):
            if let recovery { StandardStreams.writeError("The edit was given up with problems. \(recovery.sentence)\n") }
            StandardStreams.writeError("Edit cancelled: the editor exited with status \(status); no changes made.\n")
            throw ExitCode(ExitStatus.noMatch)
        case .editorDidNotStart(let message):
            StandardStreams.writeError("libcoop: \(message)\n")
            throw ExitCode(ExitStatus.noMatch)
        case .gaveUp(let problems, let recovery):
            StandardStreams.writeError(problems.map { "libcoop: \(path): \($0)\n" }.joined())
            StandardStreams.writeError("The edit was saved unchanged after problems were found; nothing was written. \(recovery.sentence)\n")
            throw ExitCode(ExitStatus.dataError)
        case .notWritten(let failure, let recovery):
            StandardStreams.writeError("libcoop: \(failure)\n")
            StandardStreams.writeError("Your edit was not written. \(recovery.sentence)\n")
            if case .changedOnDisk = failure { throw ExitCode(ExitStatus.temporaryFailure) }
            throw ExitCode(ExitStatus.cannotCreate)
        case .noPrivateFile(let message, let recovery):
            StandardStreams.writeError("libcoop: \(message)" + (recovery.map { ". \($0.sentence)" } ?? "") + "\n")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }
}
