import LibcoopCore
import Testing

/// The id `libcoop add` makes from a new record's name: pinyin of the Chinese, Latin words
/// lowercased, runs joined by hyphens, unique among the ids taken.
@Suite struct RecordIdentifierMakerTests {
    @Test func namesBecomeReadableIds() {
        #expect(RecordIdentifierMaker.identifier(for: "张庆文", taken: []) == "zhangqingwen")
        #expect(RecordIdentifierMaker.identifier(for: "曾丽", taken: []) == "zengli")
        #expect(RecordIdentifierMaker.identifier(for: "金陵图书馆 2024 Visit", taken: []) == "jinlingtushuguan-2024-visit")
        #expect(RecordIdentifierMaker.identifier(for: "Café Ünïon", taken: []) == "cafe-union")
        #expect(RecordIdentifierMaker.identifier(for: "“读书会”（第二期）", taken: []) == "dushuhui-dierqi")
    }

    @Test func nothingToMakeAnIdFromGivesNone() {
        #expect(RecordIdentifierMaker.identifier(for: "", taken: []) == nil)
        #expect(RecordIdentifierMaker.identifier(for: "—— · ——", taken: []) == nil)
    }

    @Test func aTakenIdGetsTheNextFreeNumber() {
        #expect(RecordIdentifierMaker.identifier(for: "张庆文", taken: ["zhangqingwen"]) == "zhangqingwen-2")
        #expect(RecordIdentifierMaker.identifier(for: "张庆文", taken: ["zhangqingwen", "zhangqingwen-2"]) == "zhangqingwen-3")
    }

    @Test func aLongNameIsCutAtAHyphen() throws {
        let id = try #require(RecordIdentifierMaker.identifier(for: "Jinling Library and Yuhuatai District Library city district linkage", taken: []))
        #expect(id == "jinling-library-and-yuhuatai-district-library")
        #expect(id.count <= 48)
    }
}
