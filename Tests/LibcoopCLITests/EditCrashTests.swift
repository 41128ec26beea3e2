import Foundation
import LibcoopTestSupport
import Testing

/// What a crash or a second editor can do to a dataset while `libcoop edit` writes it: SIGKILL
/// at random moments leaves the old file or the new one, whole; two edits of one file at once
/// never lose a change silently. Both are bounded in time so they run in CI; their counts are in
/// docs/RELIABILITY.md.
@Suite(.serialized) struct EditCrashTests {
    /// The process environment with the given variables set.
    static func environment(_ extra: [String: String]) -> [String: String] {
        var merged = ProcessInfo.processInfo.environment
        merged.removeValue(forKey: "LIBCOOP_DATA")
        merged.removeValue(forKey: "VISUAL")
        for (key, value) in extra { merged[key] = value }
        return merged
    }

    static func bytes(_ path: String) -> [UInt8] {
        Array((try? Data(contentsOf: URL(fileURLWithPath: path))) ?? Data())
    }

    /// Puts `bytes` at `path` by rename, as a user restoring a file would.
    static func restore(_ bytes: [UInt8], at path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    static func waitForFile(_ path: String, timeout: Double) -> Bool {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if FileManager.default.fileExists(atPath: path) { return true }
            usleep(1_000)
        }
        return false
    }

    /// Whether to run another round: up to `rounds` within 20 s, and on a machine too busy for
    /// `minimum` of them to hit (kill or interrupt a running edit) in that time, on until they
    /// have, for at most 2 minutes.
    static func anotherRound(done: Int, of rounds: Int, hits: Int, minimum: Int, since started: Date) -> Bool {
        let elapsed = Date().timeIntervalSince(started)
        return done < rounds && (elapsed < 20 || (hits < minimum && elapsed < 120))
    }

    @Test func killingAnEditAtRandomMomentsLeavesTheOldFileOrTheNewOne() throws {
        let scratch = try ScratchDirectory("edit-kill")
        defer { scratch.remove() }
        let data = scratch.path("large.json")
        let generated = try CommandRunner.run(["generate", "--libraries", "20", "--staff", "4000", "--output", data])
        #expect(generated.status == 0)
        let old = Self.bytes(data)
        let marker = scratch.path("editor-done")
        let editor = scratch.path("editor.sh")
        try """
            #!/bin/sh
            sed -i 's/"name": "\\(.*\\)",/"name": "\\1甲",/' "$1"
            touch \(marker)
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let temporary = scratch.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let environment = Self.environment(["EDITOR": "/bin/sh " + editor, "TMPDIR": temporary])
        let arguments = [CommandRunner.binary.path, "edit", "staff:s0000001", "--data", data]

        // One edit left to finish: the new version, and how long the check and write take.
        let reference = try SpawnedProcess(arguments, environment: environment)
        #expect(Self.waitForFile(marker, timeout: 30))
        let editorDone = Date()
        #expect(try reference.wait().status == 0)
        let writeTime = Date().timeIntervalSince(editorDone)
        let new = Self.bytes(data)
        #expect(new != old)
        #expect(try CommandRunner.run(["validate", data]).status == 0)

        var counts = (kills: 0, old: 0, new: 0, finishedFirst: 0, leftTemporaryFiles: 0)
        let started = Date()
        while Self.anotherRound(done: counts.kills + counts.finishedFirst, of: 50, hits: counts.kills, minimum: 10, since: started) {
            try Self.restore(old, at: data)
            try? FileManager.default.removeItem(atPath: marker)
            let edit = try SpawnedProcess(arguments, environment: environment)
            guard Self.waitForFile(marker, timeout: 30) else {
                kill(edit.pid, SIGKILL)
                _ = try edit.wait()
                Issue.record("the editor was not run")
                break
            }
            usleep(UInt32(Double.random(in: 0...(writeTime * 1.3)) * 1_000_000))
            kill(edit.pid, SIGKILL)
            let ended = try edit.wait()
            if ended.signal == SIGKILL { counts.kills += 1 } else { counts.finishedFirst += 1 }
            let now = Self.bytes(data)
            if now == old { counts.old += 1 } else if now == new { counts.new += 1 } else {
                Issue.record("after a kill the file is neither the old version nor the new one (\(now.count) bytes)")
            }
            // A killed run can leave its temporary file beside the dataset; it is never read.
            let leftovers = try scratch.entries().filter { $0.hasPrefix(".large.json.libcoop-tmp-") }
            counts.leftTemporaryFiles += leftovers.count
            for name in leftovers { try FileManager.default.removeItem(atPath: scratch.path(name)) }
            for name in try FileManager.default.contentsOfDirectory(atPath: temporary) {
                try FileManager.default.removeItem(atPath: temporary + "/" + name)
            }
        }
        print("edit kill test: \(counts.kills) kills, \(counts.finishedFirst) finished before the kill; file old \(counts.old), new \(counts.new), neither 0; temporary files left by killed runs: \(counts.leftTemporaryFiles); write phase \(Int(writeTime * 1000)) ms")
        #expect(counts.kills >= 10)
        #expect(counts.old + counts.new == counts.kills + counts.finishedFirst)
    }

    @Test func interruptingAnEditAtRandomMomentsLeavesNoTemporaryFile() throws {
        let scratch = try ScratchDirectory("edit-interrupt")
        defer { scratch.remove() }
        let data = scratch.path("large.json")
        let generated = try CommandRunner.run(["generate", "--libraries", "20", "--staff", "4000", "--output", data])
        #expect(generated.status == 0)
        let old = Self.bytes(data)
        let marker = scratch.path("editor-done")
        let editor = scratch.path("editor.sh")
        try """
            #!/bin/sh
            sed -i 's/"name": "\\(.*\\)",/"name": "\\1甲",/' "$1"
            touch \(marker)
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let temporary = scratch.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let environment = Self.environment(["EDITOR": "/bin/sh " + editor, "TMPDIR": temporary])
        let arguments = [CommandRunner.binary.path, "edit", "staff:s0000001", "--data", data]
        let reference = try SpawnedProcess(arguments, environment: environment)
        #expect(Self.waitForFile(marker, timeout: 30))
        let editorDone = Date()
        #expect(try reference.wait().status == 0)
        let writeTime = Date().timeIntervalSince(editorDone)
        let new = Self.bytes(data)

        var counts = (interrupted: 0, finishedFirst: 0, leftTemporaryFiles: 0)
        let started = Date()
        var round = 0
        while Self.anotherRound(done: counts.interrupted + counts.finishedFirst, of: 40, hits: counts.interrupted, minimum: 10,
                                since: started) {
            round += 1
            try Self.restore(old, at: data)
            try? FileManager.default.removeItem(atPath: marker)
            let edit = try SpawnedProcess(arguments, environment: environment)
            guard Self.waitForFile(marker, timeout: 30) else {
                kill(edit.pid, SIGKILL)
                _ = try edit.wait()
                Issue.record("the editor was not run")
                break
            }
            usleep(UInt32(Double.random(in: 0...(writeTime * 1.3)) * 1_000_000))
            let signal = [SIGINT, SIGTERM, SIGHUP][round % 3]
            kill(edit.pid, signal)
            let ended = try edit.wait()
            if ended.signal == signal { counts.interrupted += 1 } else { counts.finishedFirst += 1 }
            let now = Self.bytes(data)
            #expect(now == old || now == new, "after \(signal) the file is neither the old version nor the new one")
            // The temporary file beside the dataset (`.large.json.libcoop-tmp-PID`) is removed.
            let leftovers = try scratch.entries().filter { $0.hasPrefix(".large.json.libcoop-tmp-") }
            counts.leftTemporaryFiles += leftovers.count
            for name in leftovers { try FileManager.default.removeItem(atPath: scratch.path(name)) }
            for name in try FileManager.default.contentsOfDirectory(atPath: temporary) {
                try FileManager.default.removeItem(atPath: temporary + "/" + name)
            }
        }
        print("edit interrupt test: \(counts.interrupted) interrupted (SIGINT, SIGTERM, SIGHUP), \(counts.finishedFirst) finished first; temporary files left: \(counts.leftTemporaryFiles)")
        #expect(counts.interrupted >= 10)
        #expect(counts.leftTemporaryFiles == 0)
    }

    @Test func twoEditsOfOneFileAtOnceNeverLoseAChangeSilently() throws {
        let scratch = try ScratchDirectory("edit-concurrent")
        defer { scratch.remove() }
        let data = scratch.path("dataset.json")
        let original = Self.bytes(CommandRunner.path("data/nanjing.json"))
        let temporary = scratch.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        // Each editor says it is open, waits for the other (30 s at most), then changes its own
        // person. Editors run through /bin/sh rather than exec'd: a script just written may still be
        // open for writing in a child another test forked meanwhile, and exec then fails (ETXTBSY).
        func editor(_ name: String, other: String, change: String) throws -> String {
            let path = scratch.path("editor-\(name).sh")
            try """
                #!/bin/sh
                touch \(scratch.path("open-\(name)"))
                waited=0
                while [ ! -f \(scratch.path("open-\(other)")) ] && [ $waited -lt 3000 ]; do sleep 0.01; waited=$((waited + 1)); done
                sed -i '\(change)' "$1"
                """.write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
            return path
        }
        let first = try editor("a", other: "b", change: #"s/"title": "副馆长"/"title": "副馆长（甲）"/"#)
        let second = try editor("b", other: "a", change: #"s/"name_en": "Qian Hua"/"name_en": "Qian Hua (QH)"/"#)
        var outcomes = (rounds: 0, oneSavedOneRefused: 0)
        for round in 0..<10 {
            try Self.restore(original, at: data)
            for name in ["a", "b"] { try? FileManager.default.removeItem(atPath: scratch.path("open-\(name)")) }
            let errors = [scratch.path("errors-a-\(round)"), scratch.path("errors-b-\(round)")]
            let edits = [
                try SpawnedProcess([CommandRunner.binary.path, "edit", "staff:zhangqingwen", "--data", data],
                                   environment: Self.environment(["EDITOR": "/bin/sh " + first, "TMPDIR": temporary]), errors: errors[0]),
                try SpawnedProcess([CommandRunner.binary.path, "edit", "staff:qianhua", "--data", data],
                                   environment: Self.environment(["EDITOR": "/bin/sh " + second, "TMPDIR": temporary]), errors: errors[1]),
            ]
            let statuses = try edits.map { try $0.wait().status }
            outcomes.rounds += 1
            let text = String(decoding: Self.bytes(data), as: UTF8.self)
            let changes = [text.contains("副馆长（甲）"), text.contains("Qian Hua (QH)")]
            // Both loaded the same version, so only one can be written; the other is refused
            // with its change kept in a recovery file.
            #expect(statuses.sorted() == [0, 75], "round \(round): \(statuses)")
            for side in 0..<2 {
                #expect(changes[side] == (statuses[side] == 0))
                if statuses[side] == 75 {
                    let error = (try? String(contentsOfFile: errors[side], encoding: .utf8)) ?? ""
                    #expect(error.contains("changed on disk") && error.contains("A copy of your edit is in"))
                }
            }
            if statuses.sorted() == [0, 75] { outcomes.oneSavedOneRefused += 1 }
        }
        print("edit concurrency test: \(outcomes.rounds) rounds, one saved and one refused with a recovery file in \(outcomes.oneSavedOneRefused)")
    }
}
