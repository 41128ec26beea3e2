import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop add KIND` with `EDITOR` set to small shell scripts standing in for a person filling in
/// the template: a valid record, a mistake then a fix, a template given up, an id that is taken,
/// and which file the record goes into when several are loaded.
@Suite struct AddCommandTests {
    /// A scratch directory with a copy of the sample (`a.json`), the minimal fixture (`b.json`,
    /// other libraries) and a private `TMPDIR`.
    struct Setup {
        let scratch: ScratchDirectory
        let sample: String
        let other: String
        let temporary: String

        init(_ purpose: String) throws {
            scratch = try ScratchDirectory(purpose)
            sample = scratch.path("a.json")
            other = scratch.path("b.json")
            try FileManager.default.copyItem(atPath: CommandRunner.path("data/nanjing.json"), toPath: sample)
            try FileManager.default.copyItem(atPath: CommandRunner.path("Tests/Fixtures/valid/minimal.json"), toPath: other)
            temporary = scratch.path("tmp")
            try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        }

        func editor(_ body: String) throws -> String {
            let path = scratch.path("editor-\(UUID().uuidString.prefix(8)).sh")
            try ("#!/bin/sh\n" + body + "\n").write(toFile: path, atomically: true, encoding: .utf8)
            chmod(path, 0o755)
            return path
        }

        func add(_ arguments: [String], editor: String, files: [String]? = nil) throws -> CommandRunner.Result {
            let data = (files ?? [sample, other]).flatMap { ["--data", $0] }
            return try CommandRunner.run(["add"] + arguments + data, environment: ["EDITOR": "/bin/sh " + editor, "VISUAL": "", "TMPDIR": temporary])
        }

        func contents(_ path: String) -> String { (try? String(contentsOfFile: path, encoding: .utf8)) ?? "" }
    }

    /// Fills the staff template: a name and a source.
    static let fillPerson = #"sed -i 's/"name": ""/"name": "王小明"/; s/"sources": \[\]/"sources": ["shuxiang-2022-06-08"]/' "$1""#

    @Test func aValidPersonIsAppendedToTheFileHoldingTheLibrarysStaffWithAPinyinId() throws {
        let setup = try Setup("add-valid")
        defer { setup.scratch.remove() }
        let before = setup.contents(setup.sample)
        let otherBefore = setup.contents(setup.other)
        let seen = setup.scratch.path("template.txt")
        let result = try setup.add(["staff", "--library", "雨花台区图书馆"], editor: try setup.editor("cp \"$1\" \(seen)\n" + Self.fillPerson))
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "Added staff:wangxiaoming to \(setup.sample).\n")
        // The template: required members, the library filled in, allowed values explained.
        let template = try #require(setup.scratch.read("template.txt"))
        #expect(template.contains("{\n  \"name\": \"\",\n  \"library\": \"yuhuatai\",\n  \"sources\": []\n}"))
        #expect(template.contains("# * sources (来源, Sources): a list of source ids"))
        // Only the new record (and the comma before it) was added; the other file is untouched.
        let after = setup.contents(setup.sample)
        let anchor = #""title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] }"#
        let last = try #require(before.range(of: anchor + "\n  ]"))
        let expected = before[..<last.upperBound].dropLast(4) + """
            ,
                {
                  "id": "wangxiaoming",
                  "name": "王小明",
                  "library": "yuhuatai",
                  "sources": ["shuxiang-2022-06-08"]
                }
              ]
            """ + before[last.upperBound...]
        #expect(after == expected)
        #expect(setup.contents(setup.other) == otherBefore)
        let found = try CommandRunner.run(["staff", "wangxiaoming", "--data", setup.sample, "--data", setup.other])
        #expect(found.status == 0 && found.output.contains("王小明"), "\(found.output)\(found.error)")
    }

    @Test func aMistakeReopensTheTemplateWithTheProblemThenTheFixIsAdded() throws {
        let setup = try Setup("add-fixed")
        defer { setup.scratch.remove() }
        let count = setup.scratch.path("count")
        let seen = setup.scratch.path("second.txt")
        let editor = try setup.editor("""
            if [ -f \(count) ]; then
              cp "$1" \(seen)
              sed -i 's/"tier": "distrct"/"tier": "district"/' "$1"
            else
              touch \(count)
              sed -i 's/"name": ""/"name": "Qinhuai District Library"/; s/"tier": ""/"tier": "distrct"/; s/"sources": \\[\\]/"sources": ["src"]/' "$1"
            fi
            """)
        let result = try setup.add(["library"], editor: editor)
        #expect(result.status == 0, "\(result.error)")
        let second = try #require(setup.scratch.read("second.txt"))
        #expect(second.hasPrefix("# Problems found"))
        #expect(second.contains("tier") && second.contains("distrct"), "\(second)")
        // The sample holds two libraries and the fixture two: the tie goes to the first file.
        #expect(setup.contents(setup.sample).contains(#""id": "qinhuai-district-library""#))
        #expect(result.output.contains("Added library:qinhuai-district-library"))
    }

    @Test func aTemplateLeftEmptyOrGivenUpWritesNothing() throws {
        let setup = try Setup("add-abandoned")
        defer { setup.scratch.remove() }
        let before = setup.contents(setup.sample)
        let unchanged = try setup.add(["program", "--library", "yuhuatai"], editor: try setup.editor("true"))
        #expect(unchanged.status == 0)
        #expect(unchanged.output.contains("no changes made"))
        let failed = try setup.add(["program"], editor: try setup.editor(#"sed -i 's/"name": ""/"name": "x"/' "$1"; exit 1"#))
        #expect(failed.status == 1)
        // A name but a kind that is not allowed, saved twice: given up, kept in a recovery file.
        let gaveUp = try setup.add(["program"], editor: try setup.editor(#"sed -i 's/"name": ""/"name": "读书会"/; s/"kind": ""/"kind": "party"/' "$1""#))
        #expect(gaveUp.status == 65)
        #expect(gaveUp.error.contains("A copy of your edit is in \(setup.temporary)/libcoop-recovery-"))
        #expect(setup.contents(setup.sample) == before)
    }

    @Test func aTakenIdGetsANumberAndAWrittenIdIsKept() throws {
        let setup = try Setup("add-collision")
        defer { setup.scratch.remove() }
        // 张庆文 is zhangqingwen already: a namesake becomes zhangqingwen-2.
        let namesake = #"sed -i 's/"name": ""/"name": "张庆文"/; s/"sources": \[\]/"sources": ["shuxiang-2022-06-08"]/' "$1""#
        let first = try setup.add(["staff", "--library", "yuhuatai"], editor: try setup.editor(namesake))
        #expect(first.output.contains("Added staff:zhangqingwen-2"), "\(first.error)")
        let second = try setup.add(["staff", "--library", "yuhuatai"], editor: try setup.editor(namesake))
        #expect(second.output.contains("Added staff:zhangqingwen-3"), "\(second.error)")
        let chosen = try setup.add(["staff", "--library", "yuhuatai"], editor: try setup.editor(
            #"sed -i 's/"name": ""/"id": "zqw", "name": "张庆文"/; s/"sources": \[\]/"sources": ["shuxiang-2022-06-08"]/' "$1""#))
        #expect(chosen.output.contains("Added staff:zqw"), "\(chosen.error)")
        // A written id that is taken is a problem, not renamed.
        let taken = try setup.add(["staff", "--library", "yuhuatai"], editor: try setup.editor(
            #"sed -i 's/"name": ""/"id": "qianhua", "name": "钱桦"/; s/"sources": \[\]/"sources": ["shuxiang-2022-06-08"]/' "$1""#))
        #expect(taken.status == 65)
        #expect(taken.error.contains("qianhua"))
    }

    @Test func theFileIsTheOneHoldingTheLibrarysRecordsOrTheOneGiven() throws {
        let setup = try Setup("add-file")
        defer { setup.scratch.remove() }
        let fill = #"sed -i 's/"name": ""/"name": "赵六"/; s/"sources": \[\]/"sources": ["src"]/' "$1""#
        // The fixture's library `city` has its staff in b.json.
        let city = try setup.add(["staff", "--library", "city"], editor: try setup.editor(fill))
        #expect(city.output == "Added staff:zhaoliu to \(setup.other).\n", "\(city.error)")
        #expect(setup.contents(setup.other).contains(#""id": "zhaoliu""#))
        // --file puts it elsewhere; a file that is not loaded is refused.
        let given = try setup.add(["staff", "--library", "city", "--file", setup.sample], editor: try setup.editor(fill))
        #expect(given.output == "Added staff:zhaoliu-2 to \(setup.sample).\n", "\(given.error)")
        let stranger = try setup.add(["staff", "--file", setup.scratch.path("c.json")], editor: try setup.editor(fill))
        #expect(stranger.status == 64)
        #expect(stranger.error.contains("is not one of the dataset's files"))
        let space = try setup.add(["space"], editor: try setup.editor(fill))
        #expect(space.status == 64 && space.error.contains("editing their library"))
        let sample = try CommandRunner.run(["add", "staff"], environment: ["EDITOR": "true", "LIBCOOP_DATA": ""])
        #expect(sample.status == 64 && sample.error.contains("read-only"))
    }
}
