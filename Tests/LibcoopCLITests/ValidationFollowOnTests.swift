import Foundation
import LibcoopTestSupport
import Testing

/// Issue 14, "Validation": a record left out for its own problems (and everything nested in it)
/// does not make references to it second problems, and a space id repeated across two files
/// names the other file, as the messages for the other kinds do.
@Suite struct ValidationFollowOnTests {
    /// A copy of the sample in `folder` with only the first floor of 雨花台区图书馆
    /// (`/libraries/1/floors/0/level`, the floor of the Reader Services Hall) given `level`.
    private func sampleWithFirstFloorLevel(_ level: String, in folder: ScratchDirectory) throws -> String {
        let sample = try String(contentsOfFile: RepositoryFiles.sampleDataset, encoding: .utf8)
        let original = "\"floors\": [\n        {\n          \"level\": 2,"
        #expect(sample.components(separatedBy: original).count == 2, "the sample's first floor is no longer written as expected")
        let changed = sample.replacingOccurrences(of: original, with: "\"floors\": [\n        {\n          \"level\": \(level),")
        let path = folder.path("nanjing.json")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: ["\"six\"", "0", "null"])
    func aFloorLeftOutTakesItsRoomsWithItAndReportsOnlyItself(level: String) throws {
        let folder = try ScratchDirectory("floor-left-out")
        defer { folder.remove() }
        let path = try sampleWithFirstFloorLevel(level, in: folder)
        let result = try CommandRunner.run(["validate", path])
        #expect(result.status == 65)
        let problems = result.error.split(separator: "\n").filter { $0.hasPrefix(path) }
        #expect(problems.count == 1, "\(level): \(result.error)")
        #expect(problems.first?.contains("/libraries/1/floors/0") == true, "\(result.error)")
        #expect(!result.error.contains("unknown space id"), "a follow-on problem: \(result.error)")
        #expect(!result.error.contains("yht-reader-services"), "\(result.error)")
    }

    @Test func aSpaceIdRepeatedInASecondFileNamesTheFirstFile() throws {
        let folder = try ScratchDirectory("duplicate-space")
        defer { folder.remove() }
        let ok = folder.path("ok.json")
        try FileManager.default.copyItem(atPath: RepositoryFiles.sampleDataset, toPath: ok)
        let duplicate = folder.path("dup.json")
        try """
        {
          "format": "libcoop/1",
          "sources": [{ "id": "dup-source", "title": "合成来源", "synthetic": true }],
          "libraries": [
            { "id": "dup-a", "name": "甲馆", "tier": "district", "sources": ["dup-source"] },
            { "id": "dup-b", "name": "乙馆", "tier": "district", "floors": [
              { "level": 2, "spaces": [{ "id": "yht-reader-services", "name": "大厅", "kind": "service_hall", "status": "open" }] }
            ], "sources": ["dup-source"] }
          ]
        }
        """.write(toFile: duplicate, atomically: true, encoding: .utf8)
        let result = try CommandRunner.run(["validate", ok, duplicate])
        #expect(result.status == 65)
        let expected = "/libraries/1/floors/0/spaces/0/id: duplicate space id \"yht-reader-services\" (first used at /libraries/1/floors/0/spaces/0 in \(ok))"
        let line = try #require(result.error.split(separator: "\n").first { $0.contains("duplicate space id") }, "\(result.error)")
        #expect(line.hasPrefix(duplicate + ":"), "the repeat is reported where it is: \(line)")
        #expect(line.hasSuffix(expected), "\(line)")
        // The same wording as a repeated library id.
        let library = try CommandRunner.run(["validate", ok, ok])
        #expect(library.error.contains("duplicate library id \"jinling\" (first used at /libraries/0 in \(ok))"), "\(library.error)")
    }
}
