import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop remove KIND:ID`: refuses while other records refer to the record, listing them;
/// otherwise takes out only the record's line; never without confirmation or `--yes`.
@Suite struct RemoveCommandTests {
    static let sample = CommandRunner.path("data/nanjing.json")
    static let qianhua = #"    { "id": "qianhua", "name": "钱桦""#
    static let extraPerson = #"    { "id": "lisi", "name": "李四", "library": "jinling", "sources": ["shuxiang-2022-06-08"] },"#

    /// A copy of the sample with one more person, whom nothing refers to, before 钱桦.
    static func datasetWithExtraPerson(in scratch: ScratchDirectory) throws -> (path: String, text: String) {
        let text = try String(contentsOfFile: sample, encoding: .utf8)
            .replacingOccurrences(of: qianhua, with: extraPerson + "\n" + qianhua)
        let path = scratch.path("dataset.json")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (path, text)
    }

    @Test func aRecordNothingRefersToIsRemovedWithItsLineOnly() throws {
        let scratch = try ScratchDirectory("remove")
        defer { scratch.remove() }
        let (path, text) = try Self.datasetWithExtraPerson(in: scratch)
        let result = try CommandRunner.run(["remove", "staff:lisi", "--yes", "--data", path])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output == "Removed staff:lisi from \(path).\n")
        #expect(scratch.read("dataset.json") == text.replacingOccurrences(of: Self.extraPerson + "\n", with: ""))
        #expect(try String(contentsOfFile: Self.sample, encoding: .utf8) == scratch.read("dataset.json"))
    }

    @Test func aReferencedRecordIsKeptAndItsReferencesListed() throws {
        let scratch = try ScratchDirectory("remove-referenced")
        defer { scratch.remove() }
        let (path, text) = try Self.datasetWithExtraPerson(in: scratch)
        let result = try CommandRunner.run(["remove", "staff:jiaoxiang", "--yes", "--data", path])
        #expect(result.status == 65)
        #expect(result.error.contains("staff:jiaoxiang is referred to by 3"))
        for pointer in ["/events/0/participants/0", "/events/1/participants/0", "/events/2/participants/2"] {
            #expect(result.error.contains("\(path): \(pointer)\n"))
        }
        #expect(scratch.read("dataset.json") == text)
    }

    @Test func withoutATerminalToAskOnItNeedsYesAndTheSampleIsReadOnly() throws {
        let scratch = try ScratchDirectory("remove-ask")
        defer { scratch.remove() }
        let (path, text) = try Self.datasetWithExtraPerson(in: scratch)
        let unconfirmed = try CommandRunner.run(["remove", "staff:lisi", "--data", path])
        #expect(unconfirmed.status == 64)
        #expect(unconfirmed.error.contains("--yes"))
        #expect(scratch.read("dataset.json") == text)
        let sample = try CommandRunner.run(["remove", "staff:qianhua", "--yes"])
        #expect(sample.status == 64 && sample.error.contains("read-only"))
    }
}
