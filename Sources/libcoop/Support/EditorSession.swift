import Foundation
import LibcoopCore

/// The editor loop of `libcoop edit` and of the browser's `e`: show the record with its comments
/// in the user's editor, check what was saved, reopen with the problems listed above the text,
/// keep a recovery copy of an edit that cannot be written, and write. It prints nothing: the
/// command writes its `Outcome` to the shell, the browser to its status line.
struct EditorSession<Draft: RecordDraft> {
    let draft: Draft
    let editor: String

    /// Where a copy of an edit that was not written went.
    enum RecoveryCopy: Equatable {
        case kept(path: String)
        /// The copy could not be made, and why.
        case lost(String)

        /// The sentence that follows the reason nothing was written.
        var sentence: String {
            switch self {
            case .kept(let path): "A copy of your edit is in \(path)"
            case .lost(let reason): "Your edit could not be kept: \(reason)"
            }
        }
    }

    /// How the session ended.
    enum Outcome {
        /// The record was written to `path`.
        case saved(RecordReference, path: String)
        /// The text was saved as it was shown: nothing to write.
        case unchanged
        /// The editor exited non-zero (or could not start); nothing was written. A copy is kept
        /// when the text had problems.
        case editorFailed(status: Int32, recovery: RecoveryCopy?)
        case editorDidNotStart(String)
        /// The text had problems and was saved again unchanged: the user gave up.
        case gaveUp(problems: [EditProblem], recovery: RecoveryCopy)
        /// The dataset file could not be written (changed on disk, or a system error).
        case notWritten(DatasetFileReplacement.Failure, recovery: RecoveryCopy)
        /// The private directory for the editor's file could not be made or written.
        case noPrivateFile(String, recovery: RecoveryCopy?)
    }

    func run() -> Outcome {
        let fileName = draft.fileName
        let directory: PrivateDirectory
        let file: String
        do {
            directory = try PrivateDirectory.make(prefix: "libcoop-edit-")
            file = try directory.createFile(named: fileName, contents: contents(problems: [], text: draft.initialText))
        } catch {
            return .noPrivateFile(error.description, recovery: nil)
        }
        defer { directory.remove() }
        var lastTextWithProblems: [UInt8]?
        while true {
            let status: Int32
            do {
                status = try EditorLauncher.run(editor, on: file)
            } catch {
                return .editorDidNotStart(error.description)
            }
            let saved = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
            if status != 0 {
                return .editorFailed(status: status, recovery: lastTextWithProblems == nil ? nil : keepRecoveryCopy(saved))
            }
            switch draft.check(saved) {
            case .unchanged:
                return .unchanged
            case .problems(let text, let problems):
                if text == lastTextWithProblems {
                    return .gaveUp(problems: problems, recovery: keepRecoveryCopy(saved))
                }
                lastTextWithProblems = text
                do {
                    try directory.replaceFile(named: fileName, contents: contents(problems: problems, text: text))
                } catch {
                    return .noPrivateFile(error.description, recovery: keepRecoveryCopy(saved))
                }
            case .ready(let text, let fileBytes):
                do {
                    try draft.write(fileBytes, temporaryFile: InterruptCleanup.follow)
                } catch {
                    return .notWritten(error, recovery: keepRecoveryCopy(text))
                }
                return .saved(draft.savedReference(text), path: draft.path)
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
        header += draft.fieldComments
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

    /// Saves `bytes` in a new private directory.
    private func keepRecoveryCopy(_ bytes: [UInt8]) -> RecoveryCopy {
        do {
            let directory = try PrivateDirectory.make(prefix: "libcoop-recovery-")
            return .kept(path: try directory.createFile(named: draft.fileName, contents: bytes))
        } catch {
            return .lost(error.description)
        }
    }
}
