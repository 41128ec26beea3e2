import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop edit` on a dataset that already has problems: the broken record can be opened and
/// fixed, and an edit elsewhere is written when it adds no problem of its own (the old ones are
/// counted, not blocking); an edit that adds one is refused with only the new problem listed.
@Suite struct EditInvalidDatasetTests {
    /// A copy of the sample with `change` (a sed expression) applied, in a scratch directory.
    struct Setup {
        let scratch: ScratchDirectory
        let data: String
        let broken: String

        init(_ purpose: String, breaking change: String) throws {
            scratch = try ScratchDirectory(purpose)
            data = scratch.path("dataset.json")
            let sample = try String(contentsOfFile: CommandRunner.path("data/nanjing.json"), encoding: .utf8)
            try sample.write(toFile: data, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sed")
            process.arguments = ["-i", change, data]
            try process.run()
            process.waitUntilExit()
            broken = try String(contentsOfFile: data, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: scratch.path("tmp"), withIntermediateDirectories: true)
        }

        func edit(_ record: String, _ sedExpression: String) throws -> CommandRunner.Result {
            let editor = scratch.path("editor-\(UUID().uuidString.prefix(8)).sh")
            try "#!/bin/sh\nsed -i '\(sedExpression)' \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
            chmod(editor, 0o755)
            return try CommandRunner.run(["edit", record, "--data", data], environment: ["EDITOR": "/bin/sh " + editor, "VISUAL": "", "TMPDIR": scratch.path("tmp")])
        }

        var current: String { (try? String(contentsOfFile: data, encoding: .utf8)) ?? "" }
    }

    @Test func theBrokenRecordItselfCanBeOpenedAndFixed() throws {
        // A wrong tier leaves the library out of the dataset when it is read.
        let setup = try Setup("edit-invalid-fix", breaking: #"0,/"tier": "district"/s//"tier": "distrct"/"#)
        defer { setup.scratch.remove() }
        #expect(try CommandRunner.run(["validate", setup.data]).status == 65)
        let result = try setup.edit("library:yuhuatai", #"s/"tier": "distrct"/"tier": "district"/"#)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.error.contains("already has 1 problem(s)"))
        #expect(result.output.contains("Saved library:yuhuatai"))
        #expect(try CommandRunner.run(["validate", setup.data]).status == 0)
        // Outside the library's record every byte is as it was (the record is laid out in house style).
        let after = setup.current
        #expect(!after.contains("distrct") && after.contains(#""tier": "district""#))
        let head = try #require(setup.broken.range(of: #""id": "yuhuatai""#))
        let tail = try #require(setup.broken.range(of: #""staff": ["#))
        #expect(after.hasPrefix(setup.broken[..<head.lowerBound]))
        #expect(after.hasSuffix(setup.broken[tail.lowerBound...]))
    }

    @Test func anEditElsewhereThatAddsNoProblemIsWrittenAndOneThatAddsOneIsRefused() throws {
        // A program whose lead is misspelt: a problem in another record.
        let setup = try Setup("edit-invalid-other", breaking: #"0,/"lead": "yuhuatai"/s//"lead": "yuhuatia"/"#)
        defer { setup.scratch.remove() }
        let before = setup.current
        let refused = try setup.edit("staff:zhangqingwen", #"s/"library": "yuhuatai"/"library": "nowhere"/"#)
        #expect(refused.status == 65)
        #expect(refused.error.contains("nowhere"), "\(refused.error)")
        #expect(!refused.error.contains("yuhuatia"), "an old problem is listed as the edit's: \(refused.error)")
        #expect(setup.current == before)
        let saved = try setup.edit("staff:zhangqingwen", #"s/"title": "副馆长"/"title": "馆长"/"#)
        #expect(saved.status == 0, "\(saved.error)")
        #expect(saved.error.contains("already has 1 problem(s)"))
        #expect(setup.current == before.replacingOccurrences(of: #""id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "副馆长""#,
                                                             with: #""id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "馆长""#))
        #expect(setup.current != before)
    }
}
