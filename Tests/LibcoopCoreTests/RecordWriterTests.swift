import Foundation
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// The record writer changes one record's bytes and no others: replaced, appended, removed, in
/// the sample dataset's own layout, and the result loads.
@Suite struct RecordWriterTests {
    static let sample = Array(try! Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.sampleDataset)))

    /// The byte range of the record at `place`, as the pull parser finds it.
    static func range(of place: RecordPlace, in bytes: [UInt8]) throws -> Range<Int> {
        try #require(try bytes.withUnsafeBufferPointer {
            try RecordSpan.locate(arrayNamed: place.array.rawValue, index: place.index, in: $0, startingAt: 0)
        }).range
    }

    @Test func replacingARecordChangesOnlyItsBytesAndKeepsItsOneLineLayout() throws {
        let place = RecordPlace(array: .staff, index: 7)
        let before = try Self.range(of: place, in: Self.sample)
        let text = String(decoding: try RecordWriter.recordText(at: place, in: Self.sample), as: UTF8.self)
        #expect(text.hasPrefix("{\n  \"id\": \"zhangqingwen\",\n  \"name\": \"张庆文\","))
        let edited = text.replacingOccurrences(of: "副馆长", with: "馆长")
        let (result, after) = try RecordWriter.replacing(recordAt: place, in: Self.sample, with: Array(edited.utf8))
        #expect(Array(result[..<after.lowerBound]) == Array(Self.sample[..<before.lowerBound]))
        #expect(Array(result[after.upperBound...]) == Array(Self.sample[before.upperBound...]))
        #expect(String(decoding: result[after], as: UTF8.self)
            == #"{ "id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] }"#)
        let dataset = try DatasetLoader.load(bytes: result)
        #expect(dataset.staff[7].title == "馆长")
    }

    @Test func aMultiLineRecordIsWrittenInDeclaredOrderAtItsArraysIndentation() throws {
        let place = RecordPlace(array: .libraries, index: 0)
        // Members out of order: the writer puts them in the declared order.
        let shuffled = #"{"sources": ["shuxiang-2022-06-08"], "city": "南京市", "tier": "municipal", "name_en": "Jinling Library", "name": "金陵图书馆新", "id": "jinling"}"#
        let (result, range) = try RecordWriter.replacing(recordAt: place, in: Self.sample, with: Array(shuffled.utf8))
        #expect(String(decoding: result[range], as: UTF8.self) == """
            {
                  "id": "jinling",
                  "name": "金陵图书馆新",
                  "name_en": "Jinling Library",
                  "tier": "municipal",
                  "city": "南京市",
                  "sources": ["shuxiang-2022-06-08"]
                }
            """)
        #expect(try DatasetLoader.load(bytes: result).libraries[0].name == "金陵图书馆新")
    }

    @Test func aRecordTextThatIsNotJSONIsReportedAtItsLine() throws {
        let broken = "{\n  \"id\": \"jiaoxiang\",\n  \"name\" \"焦翔\"\n}"
        #expect(throws: RecordWriteError.self) { try RecordWriter.replacing(recordAt: RecordPlace(array: .staff, index: 0), in: Self.sample, with: Array(broken.utf8)) }
        do {
            _ = try RecordWriter.replacing(recordAt: RecordPlace(array: .staff, index: 0), in: Self.sample, with: Array(broken.utf8))
        } catch {
            #expect(error.line == 3)
        }
    }

    @Test func removingTakesTheSeparatingCommaWithTheRecord() throws {
        for index in [0, 4, 8] {
            let place = RecordPlace(array: .staff, index: index)
            let range = try Self.range(of: place, in: Self.sample)
            let result = try RecordWriter.removing(recordAt: place, in: Self.sample)
            // Well-formed JSON with one person fewer (others refer to them, so it would not validate).
            let object = try #require(try JSONSerialization.jsonObject(with: Data(result)) as? [String: Any])
            #expect((object["staff"] as? [Any])?.count == 8)
            let removedText = String(decoding: Self.sample[range], as: UTF8.self)
            #expect(!String(decoding: result, as: UTF8.self).contains(removedText))
            // Only the record's own line went.
            #expect(result.count(where: { $0 == 0x0A }) == Self.sample.count(where: { $0 == 0x0A }) - 1)
        }
    }

    @Test func appendingAddsALineAtTheEndOfTheArray() throws {
        let record = #"{"id": "lisi", "name": "李四", "library": "jinling", "sources": ["shuxiang-2022-06-08"]}"#
        let result = try RecordWriter.appending(Array(record.utf8), to: .staff, in: Self.sample)
        let dataset = try DatasetLoader.load(bytes: result)
        #expect(dataset.staff.last?.id == "lisi")
        let lastStaff = try Self.range(of: RecordPlace(array: .staff, index: 8), in: Self.sample)
        #expect(Array(result[..<lastStaff.upperBound]) == Array(Self.sample[..<lastStaff.upperBound]))
        let added = String(decoding: result[lastStaff.upperBound...], as: UTF8.self)
        #expect(added.hasPrefix(",\n    {\n      \"id\": \"lisi\",\n      \"name\": \"李四\","))
    }

    @Test func appendingToAMissingOrEmptyArrayMakesOne() throws {
        let empty = Array(#"{"format": "libcoop/1", "sources": [{"id": "s", "title": "t"}], "documents": []}"#.utf8)
        let document = Array(#"{"id": "d", "title": "文件", "kind": "report", "sources": ["s"]}"#.utf8)
        let intoEmpty = try RecordWriter.appending(document, to: .documents, in: empty)
        #expect(try DatasetLoader.load(bytes: intoEmpty).documents.map(\.id) == ["d"])
        let withoutArray = Array(#"{"format": "libcoop/1", "sources": [{"id": "s", "title": "t"}]}"#.utf8)
        let added = try RecordWriter.appending(document, to: .documents, in: withoutArray)
        #expect(try DatasetLoader.load(bytes: added).documents.map(\.id) == ["d"])
    }

    @Test func stringsKeepOnlyTheEscapesJSONNeeds() {
        #expect(StringEscaping.minimal(Array(#""\u6765\n\u0007\u0085\"\\/\/""#.utf8)) == Array(#""来\n\u0007\u0085\"\\//""#.utf8))
        #expect(StringEscaping.minimal(Array(#""\ud800""#.utf8)) == nil)
    }
}
