import LibcoopTestSupport
import Testing
@testable import LibcoopCore
import LibcoopSearch

/// Staff search as librarians type: every kind of query the issue lists finds the person, best first.
@Suite struct SearchStaffTests {
    let dataset: Dataset
    let index: StaffSearchIndex

    init() throws {
        dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
        index = StaffSearchIndex(dataset)
    }

    @Test(arguments: ["焦翔", "焦", "翔", "jiaoxiang", "jiao xiang", "JiaoXiang", "jiaox", "jx", "jiao", "JIAO XIANG", "Jiao Xiang", "ｊｉａｏ"])
    func jiaoXiangIsFoundEveryWayHisNameIsTyped(_ query: String) {
        #expect(index.search(query).first?.member.id == "jiaoxiang", "\(query)")
    }

    @Test(arguments: ["張慶文", "张庆文", "zqw", "zhangqw", "zhangqingwen", "Zhang Qingwen", "张q", "zhang庆", "張q", "庆文", "qingwen", "qw", "zhangqingwen"])
    func zhangQingwenIsFoundByTraditionalInitialsAndMixedQueries(_ query: String) {
        #expect(index.search(query).first?.member.id == "zhangqingwen", "\(query)")
    }

    @Test func idsMatchExactly() {
        let matches = index.search("wangchengguan")
        #expect(matches.first?.member.id == "wangchengguan")
        #expect(matches.first?.kind == .exact)
    }

    @Test func matchKindsAreReportedForEachWayOfTyping() {
        func kind(_ query: String, _ id: String) -> MatchKind? {
            index.search(query, limit: 100).first { $0.member.id == id }?.kind
        }
        #expect(kind("焦翔", "jiaoxiang") == .exact)
        #expect(kind("jiaoxiang", "jiaoxiang") == .exact)
        #expect(kind("焦xiang", "jiaoxiang") == .exact)
        #expect(kind("焦", "jiaoxiang") == .prefix)
        #expect(kind("jiaox", "jiaoxiang") == .prefix)
        #expect(kind("张q", "zhangqingwen") == .prefix)
        #expect(kind("zhang庆", "zhangqingwen") == .prefix)
        #expect(kind("jx", "jiaoxiang") == .wordStart)
        #expect(kind("zhangqw", "zhangqingwen") == .wordStart)
        #expect(kind("翔", "jiaoxiang") == .wordStart)
        #expect(kind("xiang", "jiaoxiang") == .wordStart)
        #expect(kind("iaox", "jiaoxiang") == .substring)
        #expect(kind("jxg", "jiaoxiang") == .subsequence)
        #expect(kind("张文", "zhangqingwen") == .subsequence)
    }

    @Test func thePinyinShownIsTonelessBySyllable() throws {
        let match = try #require(index.search("焦翔").first)
        #expect(match.pinyin == "jiao xiang")
        let position = try #require(dataset.staff.firstIndex { $0.id == "zhangqingwen" })
        #expect(index.pinyin(ofStaffAt: position) == "zhang qing wen")
    }

    @Test func aQueryForOneLibraryFindsOnlyItsStaff() {
        let all = index.search("zh", limit: 50)
        #expect(Set(all.map(\.member.id)) == ["zhangxiaoqin", "zhangqingwen"])
        let yuhuatai = index.search("zh", library: "yuhuatai")
        #expect(yuhuatai.map(\.member.id) == ["zhangqingwen"])
        #expect(index.search("zh", library: "nowhere").isEmpty)
    }

    @Test(arguments: ["", "   ", "\t\n", "😀", "焦😀", "!!!", "·", String(repeating: "焦", count: 200), String(repeating: "jiao", count: 100), "zzzzzzzzzzzz", "龘"])
    func oddQueriesMatchNobodyAndDoNotCrash(_ query: String) {
        #expect(index.search(query).isEmpty, "\(query.prefix(20))")
    }

    @Test func aLimitOfZeroOrOneIsRespected() {
        #expect(index.search("z", limit: 0).isEmpty)
        #expect(index.search("a", limit: 1).count == 1)
    }
}
