import Testing
@testable import LibcoopCore
import LibcoopSynthetic

/// The index's fast paths (tables, posting lists, tiers that stop early, listed or walked
/// candidates, narrowing a previous result) give exactly what the definitions say, checked
/// against `SearchReferenceMatcher` over some twelve hundred generated names and many queries.
@Suite struct SearchConsistencyTests {
    static let surnames = ["王", "李", "张", "刘", "陈", "曾", "单", "吕", "欧阳", "尉迟", "焦", "蒋", "江", "安", "艾"]
    static let givenCharacters = Array("伟芳娜敏静丽强磊军洋翔庆文小琴梦菲恒安宁晓雪慧佳子涵思雨")

    let staff: [StaffMember]
    let index: StaffSearchIndex
    let reference: SearchReferenceMatcher

    init() {
        var random = SeededRandom(seed: 7)
        var staff: [StaffMember] = []
        for number in 0..<1_200 {
            let surname = random.pick(Self.surnames)
            let given = String((0..<(1 + random.below(2))).map { _ in random.pick(Self.givenCharacters) })
            let english: String? = switch random.below(10) {
            case 0: "Tony " + String(number)
            case 1: nil
            default: nil
            }
            staff.append(StaffMember(id: "s\(number)", name: surname + given, nameEnglish: english, library: "lib\(number % 7)", sources: []))
        }
        self.staff = staff
        let libraries = (0..<7).map { Library(id: "lib\($0)", name: "馆\($0)", tier: .district, sources: []) }
        index = StaffSearchIndex(staff: staff, libraries: libraries)
        reference = SearchReferenceMatcher(index: index.names)
    }

    /// Queries of every kind: starts of names in characters and pinyin, initials, mixed, inside
    /// the pinyin, English, and random letters.
    func queries() -> [String] {
        var random = SeededRandom(seed: 11)
        var queries = ["a", "an", "ang", "z", "zh", "zeng", "ceng", "shan", "dan", "lv", "lu", "yuchi", "ouyang", "欧", "欧阳", "尉迟",
                       "jx", "jiaox", "xiang", "iang", "张q", "zhang庆", "tony", "tony1", "t1", "ny", "qqq", "zz", "王伟", "伟", "wei"]
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for _ in 0..<60 {
            let position = random.below(staff.count)
            let name = staff[position].name
            let pinyin = index.pinyin(ofStaffAt: position).split(separator: " ").map(String.init)
            let joined = pinyin.joined()
            queries.append(String(name.prefix(1 + random.below(name.count))))
            queries.append(String(joined.prefix(1 + random.below(joined.count))))
            queries.append(String(pinyin.compactMap(\.first)))
            queries.append(String(name.prefix(1)) + String(pinyin.dropFirst().compactMap(\.first)))
            let start = random.below(joined.count)
            queries.append(String(joined.dropFirst(start).prefix(1 + random.below(4))))
            queries.append(String((0..<(1 + random.below(4))).map { _ in random.pick(letters) }))
        }
        return queries
    }

    @Test func everyRecordIsClassifiedAsTheDefinitionsSay() {
        for query in queries().prefix(80) {
            let atoms = index.names.atoms(of: query)
            var plan = QueryPlan(atoms: atoms, units: index.names.units)
            plan.prepareWeakerKinds(units: index.names.units)
            for position in 0..<index.names.count {
                let fast = index.names.bestMatch(at: position, plan: plan, through: .subsequence)
                let slow = reference.bestMatch(at: position, query: atoms)
                if fast != slow {
                    Issue.record("\(query) vs \(staff[Int(index.names.records[position])].name): index \(String(describing: fast)), definition \(String(describing: slow))")
                    return
                }
            }
        }
    }

    @Test func tiersListsAndWalksAllRankAsTheDefinitionsSay() {
        for query in queries() {
            let atoms = index.names.atoms(of: query)
            let everyMatch = reference.ranked(query: atoms, in: 0..<index.names.count, limit: .max)
            let everyPosition = everyMatch.map { UInt32($0.position) }.sorted()
            for limit in [1, 7, 50, 5_000] {
                let expected = Array(everyMatch.prefix(limit))
                for selectiveLimit in [0, Int.max] {
                    var plan = QueryPlan(atoms: atoms, units: index.names.units)
                    let result = index.names.search(&plan, in: 0..<index.names.count, limit: limit, selectiveLimit: selectiveLimit)
                    #expect(result.matches == expected, "\(query), limit \(limit), \(selectiveLimit == 0 ? "by tier" : "all at once")")
                    if let all = result.allMatches {
                        #expect(all == everyPosition, "\(query): a complete result lists every match")
                    }
                }
            }
        }
    }

    @Test func oneLibrarysRangeRanksAsTheDefinitionsSay() throws {
        let range = try #require(index.names.groupRanges[3])
        for query in queries().prefix(60) {
            let atoms = index.names.atoms(of: query)
            var plan = QueryPlan(atoms: atoms, units: index.names.units)
            let result = index.names.search(&plan, in: range, limit: 10, selectiveLimit: 0)
            #expect(result.matches == reference.ranked(query: atoms, in: range, limit: 10), "\(query)")
        }
        #expect(index.search("z", library: "lib3", limit: 100).allSatisfy { $0.member.library == "lib3" })
    }

    @Test func narrowingThePreviousMatchesGivesWhatAFreshSearchGives() {
        for query in queries().prefix(120) where query.count > 1 {
            var session = SearchSession(index: index, limit: 30)
            session.search(String(query.dropLast()))
            #expect(session.search(query) == index.search(query, limit: 30), "\(query)")
        }
    }
}
