import Foundation
import LibcoopTestSupport
import Testing

/// Issue 15, "A folder of records": `--data DIR` and a directory in `$LIBCOOP_DATA` read every
/// `*.json` under it in a stable order (hidden names and `schema.json` left out); problems name
/// each file; `edit` and `remove` write to the file the record came from.
@Suite struct DataFolderTests {
    /// A person kept in a file of their own, citing a source of the sample's file.
    static let lisi = #"{ "id": "lisi", "name": "李四", "library": "jinling", "title": "馆员", "sources": ["shuxiang-2022-06-08"] }"#

    /// `records/` with the sample in `2022/nanjing.json` and one more person in
    /// `extra/people.json`, beside files that are not records: a hidden folder and file with
    /// broken JSON, the JSON Schema, a text file.
    struct Folder {
        let scratch: ScratchDirectory
        var records: String { scratch.path("records") }
        var sample: String { scratch.path("records/2022/nanjing.json") }
        var people: String { scratch.path("records/extra/people.json") }

        init(_ purpose: String, people: String = DataFolderTests.lisi) throws {
            scratch = try ScratchDirectory(purpose)
            let manager = FileManager.default
            for folder in ["records/2022", "records/extra", "records/.git"] {
                try manager.createDirectory(atPath: scratch.path(folder), withIntermediateDirectories: true)
            }
            try manager.copyItem(atPath: RepositoryFiles.sampleDataset, toPath: sample)
            try manager.copyItem(atPath: RepositoryFiles.path("data/schema.json"), toPath: scratch.path("records/schema.json"))
            try "{ \"format\": \"libcoop/1\",\n  \"staff\": [\n    \(people)\n  ]\n}\n".write(toFile: self.people, atomically: true, encoding: .utf8)
            for hidden in ["records/.git/config.json", "records/.draft.json"] {
                try "{ not json".write(toFile: scratch.path(hidden), atomically: true, encoding: .utf8)
            }
            try "notes".write(toFile: scratch.path("records/README.txt"), atomically: true, encoding: .utf8)
        }

        func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }
    }

    @Test func aFolderIsReadAsTheRecordsInIt() throws {
        let folder = try Folder("folder-read")
        defer { folder.scratch.remove() }
        let validation = try CommandRunner.run(["validate", "--json", "--data", folder.records])
        #expect(validation.status == 0, "\(validation.error)")
        let report = try #require(try CommandRunner.json(validation.output) as? [String: Any])
        #expect(report["files"] as? [String] == [folder.sample, folder.people], "hidden files, schema.json and README.txt are not read")
        #expect((report["counts"] as? [String: Int])?["staff"] == 10, "the sample's nine people and 李四")
        let found = try CommandRunner.run(["staff", "李四", "--data", folder.records])
        #expect(found.status == 0 && found.output.contains("李四"), "\(found.output)\(found.error)")
        let positional = try CommandRunner.run(["validate", folder.records])
        #expect(positional.status == 0, "\(positional.error)")
        #expect(positional.output.hasPrefix("\(folder.sample), \(folder.people): valid"), "\(positional.output)")
    }

    @Test func aFolderInLibcoopDataIsReadTheSameWay() throws {
        let folder = try Folder("folder-environment")
        defer { folder.scratch.remove() }
        let result = try CommandRunner.run(["staff", "lisi", "--json"], environment: ["LIBCOOP_DATA": folder.records])
        #expect(result.status == 0, "\(result.error)")
        #expect((try CommandRunner.json(result.output) as? [[String: Any]])?.first?["id"] as? String == "lisi")
    }

    @Test func filesAreReadInByteOrderOfTheirNamesDepthFirst() throws {
        let scratch = try ScratchDirectory("folder-order")
        defer { scratch.remove() }
        let names = ["b.json", "a/z.json", "a/b/c.json", "B.json", "10.json", "9.json", "a.json", "雨花台.json", "金陵.json"]
        for name in names {
            let path = scratch.path("data/" + name)
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try #"{ "format": "libcoop/1" }"#.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let result = try CommandRunner.run(["validate", "--json", scratch.path("data")])
        #expect(result.status == 0, "\(result.error)")
        let files = (try CommandRunner.json(result.output) as? [String: Any])?["files"] as? [String]
        let expected = ["10.json", "9.json", "B.json", "a/b/c.json", "a/z.json", "a.json", "b.json", "金陵.json", "雨花台.json"]
        #expect(files == expected.map { scratch.path("data/" + $0) })
    }

    @Test func problemsNameTheFileTheyAreIn() throws {
        let folder = try Folder("folder-problems", people: DataFolderTests.lisi.replacingOccurrences(of: "\"jinling\"", with: "\"jinlin\""))
        defer { folder.scratch.remove() }
        let result = try CommandRunner.run(["validate", "--data", folder.records])
        #expect(result.status == 65)
        #expect(result.error.contains("\(folder.people):3:") && result.error.contains("/staff/0/library: unknown library id \"jinlin\""),
                "\(result.error)")
        #expect(!result.error.contains(folder.sample + ":"), "the sample's file has no problem: \(result.error)")
    }

    @Test func anEmptyOrUnreadableFolderIsReportedAsUnreadable() throws {
        let scratch = try ScratchDirectory("folder-empty")
        defer { scratch.remove() }
        try FileManager.default.createDirectory(atPath: scratch.path("empty/.git"), withIntermediateDirectories: true)
        try "{}".write(toFile: scratch.path("empty/schema.json"), atomically: true, encoding: .utf8)
        for arguments in [["libraries", "--data", scratch.path("empty")], ["validate", scratch.path("empty")]] {
            let result = try CommandRunner.run(arguments)
            #expect(result.status == 66, "\(arguments): \(result.error)")
            #expect(result.error.contains("\(scratch.path("empty")): this folder holds no dataset files"), "\(result.error)")
        }
    }

    @Test func removeAndEditWriteToTheFileTheRecordCameFrom() throws {
        let folder = try Folder("folder-write")
        defer { folder.scratch.remove() }
        let sampleBefore = folder.bytes(folder.sample)
        let editor = folder.scratch.path("editor.sh")
        try "#!/bin/sh\nsed -i 's/\"title\": \"馆员\"/\"title\": \"副主任\"/' \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        let temporary = folder.scratch.path("tmp")
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: true)
        let edit = try CommandRunner.run(["edit", "staff:lisi", "--data", folder.records],
                                         environment: ["EDITOR": "/bin/sh " + editor, "VISUAL": "", "TMPDIR": temporary])
        #expect(edit.status == 0, "\(edit.error)")
        let people = try #require(folder.scratch.read("records/extra/people.json"))
        #expect(people.contains(#""title": "副主任""#), "\(people)")
        #expect(folder.bytes(folder.sample) == sampleBefore, "the sample's file is untouched")
        let remove = try CommandRunner.run(["remove", "staff:lisi", "--yes", "--data", folder.records])
        #expect(remove.status == 0, "\(remove.error)")
        #expect(remove.output == "Removed staff:lisi from \(folder.people).\n")
        #expect(folder.scratch.read("records/extra/people.json")?.contains("lisi") == false)
        #expect(folder.bytes(folder.sample) == sampleBefore)
        // A record of the sample's file is written there, the other file left alone.
        let peopleBefore = folder.bytes(folder.people)
        let qianhua = try CommandRunner.run(["edit", "staff:qianhua", "--data", folder.records],
                                            environment: ["EDITOR": "/bin/sh " + (try Self.titleEditor(in: folder.scratch)), "VISUAL": "", "TMPDIR": temporary])
        #expect(qianhua.status == 0, "\(qianhua.error)")
        #expect(folder.bytes(folder.sample) != sampleBefore)
        #expect(folder.bytes(folder.people) == peopleBefore)
    }

    @Test func fmtTakesAFolderAndRewritesOnlyTheFilesInIt() throws {
        let folder = try Folder("folder-fmt")
        defer { folder.scratch.remove() }
        let check = try CommandRunner.run(["fmt", "--check", folder.records])
        #expect(check.status == 1)
        #expect(check.output == "\(folder.sample)\n\(folder.people)\n", "\(check.output)")
        let sampleBefore = folder.bytes(folder.sample)
        let tidy = try CommandRunner.run(["fmt", folder.scratch.path("records/extra")])
        #expect(tidy.status == 0, "\(tidy.error)")
        #expect(try CommandRunner.run(["fmt", "--check", folder.people]).status == 0)
        #expect(folder.bytes(folder.sample) == sampleBefore)
        #expect(folder.scratch.read("records/.draft.json") == "{ not json", "hidden files are never touched")
    }

    /// An editor script that changes the English title of the record it is given.
    private static func titleEditor(in scratch: ScratchDirectory) throws -> String {
        let path = scratch.path("title-editor.sh")
        try "#!/bin/sh\nsed -i 's/\"Deputy Director\"/\"Deputy Head\"/' \"$1\"\n"
            .write(toFile: path, atomically: true, encoding: .utf8)
        chmod(path, 0o755)
        return path
    }
}
