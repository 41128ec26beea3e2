import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop edit KIND:ID` with `EDITOR` set to small shell scripts standing in for a person at an
/// editor: a valid change, a mistake then a fix, a mistake given up, nothing changed, an editor
/// that fails, a file changed underneath, the read-only sample, the privacy of the files.
@Suite struct EditCommandTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    /// A scratch directory holding a copy of the sample, editor scripts, and a private `TMPDIR`.
    struct Setup {
        let scratch: ScratchDirectory
        let data: String
        let original: [UInt8]
        let temporary: String

        init(_ purpose: String) throws {
            scratch = try ScratchDirectory(purpose)
            data = scratch.path("dataset.json")
            original = Array(try Data(contentsOf: URL(fileURLWithPath: EditCommandTests.sample)))
            try Data(original).write(to: URL(fileURLWithPath: data))
            temporary = scratch.path("tmp")
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        }

        /// Writes an editor script whose body gets the file as `$1`.
        func editor(_ body: String) throws -> String {
            let path = scratch.path("editor-\(UUID().uuidString.prefix(8)).sh")
            try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
            return path
        }

        func edit(_ record: String, editor: String, extra: [String: String] = [:]) throws -> CommandRunner.Result {
            try CommandRunner.run(["edit", record, "--data", data], environment: ["EDITOR": "/bin/sh " + editor, "VISUAL": "", "TMPDIR": temporary].merging(extra) { $1 })
        }

        var current: [UInt8] { Array((try? Data(contentsOf: URL(fileURLWithPath: data))) ?? Data()) }
    }

    /// The recovery file named in `error`'s "A copy of your edit is in PATH".
    static func recoveryPath(in error: String) -> String? {
        guard let range = error.range(of: "A copy of your edit is in ") else { return nil }
        return String(error[range.upperBound...].prefix { $0 != "\n" })
    }

    static func mode(of path: String) -> mode_t {
        var status = stat()
        return stat(path, &status) == 0 ? status.st_mode & 0o777 : 0
    }

    /// The line of the sample holding staff:zhangqingwen, the one every edit below changes.
    static let recordLine = #"    { "id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "副馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] },"#

    @Test func aValidEditChangesOnlyTheRecordsBytes() throws {
        let setup = try Setup("edit-valid")
        defer { setup.scratch.remove() }
        let log = setup.scratch.path("modes.log")
        let editor = try setup.editor("""
            stat -c '%a' "$(dirname "$1")" "$1" > \(log)
            sed -i 's/"title": "副馆长"/"title": "馆长"/' "$1"
            """)
        chmod(setup.data, 0o640)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("Saved staff:zhangqingwen"))
        let before = String(decoding: setup.original, as: UTF8.self)
        let after = String(decoding: setup.current, as: UTF8.self)
        let start = try #require(before.range(of: Self.recordLine))
        let newLine = Self.recordLine.replacingOccurrences(of: "\"副馆长\"", with: "\"馆长\"")
        // Every byte before and after the record is the same; the record is one line still.
        #expect(after == before[..<start.lowerBound] + newLine + before[start.upperBound...])
        #expect(Self.mode(of: setup.data) == 0o640)
        // The editing directory was private and is gone; the file was 0600.
        #expect(setup.scratch.read("modes.log") == "700\n600\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: setup.temporary).isEmpty)
        // No temporary file is left beside the dataset.
        #expect(try setup.scratch.entries().filter { $0.contains(".tmp-") }.isEmpty)
        let validate = try CommandRunner.run(["staff", "张庆文", "--data", setup.data])
        #expect(validate.output.contains("馆长"))
    }

    @Test func aMistakeReopensTheEditorWithTheProblemsAboveTheRecordThenTheFixIsSaved() throws {
        let setup = try Setup("edit-fixed")
        defer { setup.scratch.remove() }
        let count = setup.scratch.path("count")
        let seen = setup.scratch.path("seen-second.txt")
        let editor = try setup.editor("""
            if [ -f \(count) ]; then
              cp "$1" \(seen)
              sed -i 's/"library": "nowhere"/"library": "jinling"/' "$1"
            else
              touch \(count)
              sed -i 's/"library": "yuhuatai"/"library": "nowhere"/' "$1"
            fi
            """)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 0, "\(result.error)")
        let shown = try #require(setup.scratch.read("seen-second.txt"))
        let lines = shown.components(separatedBy: "\n")
        #expect(lines.first?.hasPrefix("# Problems found") == true)
        let problem = try #require(lines.first { $0.contains("/staff/7/library") })
        #expect(problem.contains("nowhere"))
        // The line number given is the line of the file the user sees that holds the mistake.
        let number = try #require(Int(problem.split(separator: " ")[2].dropLast()))
        #expect(lines[number - 1].contains(#""library": "nowhere""#))
        #expect(String(decoding: setup.current, as: UTF8.self).contains(#""id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "jinling""#))
    }

    @Test func aMistakeSavedUnchangedIsGivenUpWithARecoveryFileAndNothingWritten() throws {
        let setup = try Setup("edit-abandoned")
        defer { setup.scratch.remove() }
        let editor = try setup.editor(#"sed -i 's/"library": "yuhuatai"/"library": "nowhere"/' "$1""#)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 65)
        #expect(result.error.contains("nowhere"))
        #expect(setup.current == setup.original)
        let recovery = try #require(Self.recoveryPath(in: result.error))
        #expect(recovery.hasPrefix(setup.temporary + "/libcoop-recovery-"))
        #expect(Self.mode(of: recovery) == 0o600)
        #expect(Self.mode(of: (recovery as NSString).deletingLastPathComponent) == 0o700)
        #expect(try String(contentsOfFile: recovery, encoding: .utf8).contains(#""library": "nowhere""#))
    }

    @Test func savingUnchangedCancelsAndWritesNothing() throws {
        let setup = try Setup("edit-unchanged")
        defer { setup.scratch.remove() }
        let before = try FileManager.default.attributesOfItem(atPath: setup.data)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.02)
        let result = try setup.edit("staff:zhangqingwen", editor: try setup.editor("true"))
        #expect(result.status == 0)
        #expect(result.output.contains("Edit cancelled, no changes made"))
        #expect(setup.current == setup.original)
        let after = try FileManager.default.attributesOfItem(atPath: setup.data)[.modificationDate] as? Date
        #expect(before == after)
    }

    @Test func anEditorThatFailsCancelsAndWritesNothing() throws {
        let setup = try Setup("edit-failed")
        defer { setup.scratch.remove() }
        let editor = try setup.editor(#"sed -i 's/"副馆长"/"馆长"/' "$1"; exit 3"#)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 1)
        #expect(result.error.contains("Edit cancelled: the editor exited with status 3; no changes made"))
        #expect(setup.current == setup.original)
    }

    @Test func aFileChangedUnderneathIsNotOverwrittenAndTheEditIsKept() throws {
        let setup = try Setup("edit-changed")
        defer { setup.scratch.remove() }
        // While "the user" edits, someone else changes another record in the file.
        let editor = try setup.editor("""
            sed -i 's/"title": "副馆长"/"title": "馆长"/' "$1"
            sed -i 's/"name": "钱桦"/"name": "钱华"/' \(setup.data)
            """)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 75)
        #expect(result.error.contains("changed on disk"))
        let text = String(decoding: setup.current, as: UTF8.self)
        #expect(text.contains("钱华") && text.contains(Self.recordLine))
        let recovery = try #require(Self.recoveryPath(in: result.error))
        #expect(Self.mode(of: recovery) == 0o600)
        #expect(try String(contentsOfFile: recovery, encoding: .utf8).contains(#""title": "馆长""#))
    }

    @Test func theBundledSampleIsReadOnly() throws {
        let result = try CommandRunner.run(["edit", "staff:zhangqingwen"], environment: ["EDITOR": "true"])
        #expect(result.status == 64)
        #expect(result.error.contains("read-only") && result.error.contains("--data"))
    }

    @Test func aReferencedIdIsNotChangedAndTheReferencesAreListedAndAnUnknownRecordIsNamed() throws {
        let setup = try Setup("edit-id")
        defer { setup.scratch.remove() }
        let editor = try setup.editor(#"sed -i 's/"id": "zhangqingwen"/"id": "zhangqw"/' "$1""#)
        let result = try setup.edit("staff:zhangqingwen", editor: editor)
        #expect(result.status == 65)
        #expect(result.error.contains(#"the id changed from "zhangqingwen" to "zhangqw", but 2 reference(s) to "zhangqingwen""#), "\(result.error)")
        #expect(result.error.contains("/events/0/participants/"), "\(result.error)")
        #expect(setup.current == setup.original)
        // An id nothing refers to can be changed; only that record's bytes change.
        let program = try setup.editor(#"sed -i 's/"id": "yht-wendu-wenying"/"id": "yht-wendu-wenying-contest"/' "$1""#)
        let renamed = try setup.edit("program:yht-wendu-wenying", editor: program)
        #expect(renamed.status == 0, "\(renamed.error)")
        #expect(renamed.output == "Saved program:yht-wendu-wenying-contest to \(setup.data).\n")
        let before = String(decoding: setup.original, as: UTF8.self)
        #expect(String(decoding: setup.current, as: UTF8.self) == before.replacingOccurrences(of: #""id": "yht-wendu-wenying""#, with: #""id": "yht-wendu-wenying-contest""#))
        let unknown = try setup.edit("staff:nobody", editor: "true")
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("no staff record has the id \"nobody\""))
        let space = try setup.edit("space:x", editor: "true")
        #expect(space.error.contains("libcoop edit library:ID"))
    }
}
