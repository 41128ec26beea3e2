import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// Search as you type: each keystroke narrows the previous matches when it can, and always gives
/// the same results as a fresh search.
@Suite struct SearchSessionTests {
    let index: StaffSearchIndex

    init() throws {
        index = StaffSearchIndex(try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset]))
    }

    @Test func typingNarrowsThePreviousMatchesAndAgreesWithAFreshSearch() {
        var session = SearchSession(index: index, limit: 20)
        var reused: [Bool] = []
        for query in ["z", "zh", "zha", "zhan", "zhang", "zhangq", "zhangqw", "zhangqwx", "zhangq", "张", "张庆"] {
            let typed = session.search(query)
            #expect(typed == index.search(query, limit: 20), "\(query)")
            reused.append(session.reusedPreviousMatches)
        }
        #expect(reused == [false, true, true, true, true, true, true, true, false, false, true])
        #expect(session.query == "张庆")
        #expect(session.matches.first?.member.id == "zhangqingwen")
    }

    @Test func anIdTypedInFullIsFoundEvenWhenThePrefixMatchedNobody() {
        var session = SearchSession(index: index)
        #expect(session.search("wangchengguax").isEmpty)
        #expect(session.search("wangchengguan").first?.member.id == "wangchengguan")
    }

    @Test func aSessionForOneLibraryStaysInIt() {
        var session = SearchSession(index: index, library: "yuhuatai")
        #expect(session.search("z").map(\.member.id) == ["zhangqingwen"])
        #expect(session.search("zh").map(\.member.id) == ["zhangqingwen"])
    }
}
