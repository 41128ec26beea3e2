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

    /// Backspace goes back along the typed path: each query deleted back to answers as a fresh
    /// search does (from what the session kept), and typing on from there narrows as before.
    @Test func deletingBackAlongTheTypedQueryAgreesWithAFreshSearch() {
        var session = SearchSession(index: index, limit: 20)
        var reused: [Bool] = []
        for query in ["z", "zh", "zha", "zhan", "zhang", "zhangq", "zhangqw", "zhangq", "zhang", "zhan", "zhang", "zhangq",
                      "zhangqi", "张", "张庆", "张", "", "z", "zh"] {
            #expect(session.search(query) == index.search(query, limit: 20), "\(query)")
            #expect(session.query == query)
            reused.append(session.reusedPreviousMatches)
        }
        #expect(reused == [false, true, true, true, true, true, true, false, false, false, true, true,
                           true, false, true, false, false, false, true])
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

    /// Over twelve hundred names in seven libraries (every surname with every pair of given
    /// characters, in turn), each query typed after the one it extends gives what a fresh search gives.
    @Test func narrowingAgreesWithAFreshSearchOverManyNames() {
        let surnames = ["王", "李", "张", "刘", "陈", "曾", "单", "吕", "欧阳", "尉迟", "焦", "蒋", "江", "安", "艾"]
        let given = Array("伟芳娜敏静丽强磊军洋翔庆文小琴梦菲恒安宁晓雪慧佳子涵思雨")
        let staff = (0..<1_200).map { number in
            let name = surnames[number % surnames.count] + String(given[number % given.count])
                + (number % 3 == 0 ? "" : String(given[(number / 7) % given.count]))
            return StaffMember(id: "s\(number)", name: name, nameEnglish: number % 10 == 0 ? "Tony \(number)" : nil,
                               library: "lib\(number % 7)", sources: [])
        }
        let libraries = (0..<7).map { Library(id: "lib\($0)", name: "馆\($0)", tier: .district, sources: []) }
        let index = StaffSearchIndex(staff: staff, libraries: libraries)
        var queries = ["zh", "zeng", "shan", "lv", "yuchi", "ouyang", "欧阳", "尉迟", "jiaox", "xiang", "iang", "张q", "zhang庆",
                       "tony", "tony1", "ny", "qqq", "王伟", "wei"]
        for position in stride(from: 0, to: staff.count, by: 37) {
            let pinyin = index.pinyin(ofStaffAt: position).replacingOccurrences(of: " ", with: "")
            queries += [staff[position].name, String(pinyin.prefix(2 + position % 5)), String(pinyin.dropFirst(1 + position % 3).prefix(3))]
        }
        for query in queries where query.count > 1 {
            var session = SearchSession(index: index, limit: 30)
            session.search(String(query.dropLast()))
            #expect(session.search(query) == index.search(query, limit: 30), "\(query)")
            for length in stride(from: query.count - 1, through: 0, by: -1) {
                let shorter = String(query.prefix(length))
                #expect(session.search(shorter) == index.search(shorter, limit: 30), "\(query) deleted back to \(shorter)")
            }
        }
        #expect(index.search("z", library: "lib3", limit: 100).allSatisfy { $0.member.library == "lib3" })
    }
}
