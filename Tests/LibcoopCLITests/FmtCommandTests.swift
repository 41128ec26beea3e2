import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop fmt`: one canonical layout, idempotent, never a changed value; `--check` for hooks.
@Suite struct FmtCommandTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    static func json(_ path: String) throws -> NSDictionary {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path))) as? NSDictionary)
    }

    @Test func formattingKeepsEveryValueAndASecondRunChangesNothing() throws {
        let scratch = try ScratchDirectory("fmt")
        defer { scratch.remove() }
        let path = scratch.path("data.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: path)
        chmod(path, 0o640)
        let check = try CommandRunner.run(["fmt", "--check", path])
        #expect(check.status == 1)
        #expect(check.output == path + "\n")
        let first = try CommandRunner.run(["fmt", path])
        #expect(first.status == 0)
        #expect(first.output == "formatted \(path)\n")
        #expect(try Self.json(path) == Self.json(Self.sample))
        let once = try Data(contentsOf: URL(fileURLWithPath: path))
        let second = try CommandRunner.run(["fmt", path])
        #expect(second.status == 0 && second.output.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == once)
        #expect(try CommandRunner.run(["fmt", "--check", path]).status == 0)
        #expect(try CommandRunner.run(["validate", path]).status == 0)
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o640)
    }

    @Test func membersGoInDeclaredOrderAndEscapesOnlyWhereJSONNeedsThem() throws {
        let scratch = try ScratchDirectory("fmt-layout")
        defer { scratch.remove() }
        let path = scratch.path("data.json")
        let input = #"{"sources":[{"title":"\u6765\u6e90 \"a\"\n\u0007\ud83d\ude00","id":"s"}],"format":"libcoop/1","#
            + #""libraries":[{"sources":["s"],"tier":"municipal","name":"\u91d1\u9675","id":"j","floors":[]}]}"#
        try input.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try CommandRunner.run(["fmt", path]).status == 0)
        #expect(scratch.read("data.json") == #"""
            {
              "format": "libcoop/1",
              "sources": [
                {
                  "id": "s",
                  "title": "\ud83d\ude00"
                }
              ],
              "libraries": [
                {
                  "id": "j",
                  "name": "金陵",
                  "tier": "municipal",
                  "floors": [],
                  "sources": ["s"]
                }
              ]
            }

            """#.replacingOccurrences(of: #""title": "\ud83d\ude00""#, with: #""title": "\u6765\u6e90 \"a\"\n\u0007\ud83d\ude00""#))
        let object = try Self.json(path)
        let title = ((object["sources"] as? [NSDictionary])?.first?["title"] as? String)
        #expect(title == "来源 \"a\"\n\u{7}😀")
    }

    @Test func aFileThatIsNotJSONIsReportedAndLeftAlone() throws {
        let scratch = try ScratchDirectory("fmt-broken")
        defer { scratch.remove() }
        let path = scratch.path("broken.json")
        try "{\"format\": \"libcoop/1\",\n  \"sources\": [\n}".write(toFile: path, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["fmt", path])
        #expect(result.status == 65)
        #expect(result.error.contains("broken.json: line 3"))
        #expect(scratch.read("broken.json") == "{\"format\": \"libcoop/1\",\n  \"sources\": [\n}")
    }

    @Test func theBundledSampleCanBeCheckedButNotRewritten() throws {
        #expect(try CommandRunner.run(["fmt"]).status == 64)
        let check = try CommandRunner.run(["fmt", "--check"])
        #expect(check.status == 1)
        #expect(check.output.hasSuffix("nanjing.json\n"))
    }
}
