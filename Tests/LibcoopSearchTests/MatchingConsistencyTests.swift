import Testing
@testable import LibcoopSearch

/// The index's fast paths (tables, posting lists, tiers that stop early, listed or walked
/// candidates) give exactly what the definitions say, checked against `SearchReferenceMatcher`
/// over some twelve hundred generated names in seven groups and many queries.
@Suite struct MatchingConsistencyTests {
    static let surnames = ["王", "李", "张", "刘", "陈", "曾", "单", "吕", "欧阳", "尉迟", "焦", "蒋", "江", "安", "艾"]
    static let givenCharacters = Array("伟芳娜敏静丽强磊军洋翔庆文小琴梦菲恒安宁晓雪慧佳子涵思雨")

    let names: [String]
    let index: NameIndex
    let reference: SearchReferenceMatcher

    init() {
        var random = SplitMix64(seed: 7)
        var names: [String] = []
        var builder = NameIndexBuilder()
        for number in 0..<1_200 {
            let surname = random.pick(Self.surnames)
            let given = String((0..<(1 + random.below(2))).map { _ in random.pick(Self.givenCharacters) })
            let english: String? = random.below(10) == 0 ? "Tony " + String(number) : nil
            names.append(surname + given)
            builder.add(name: surname + given, alias: english, group: UInt32(number % 7))
        }
        self.names = names
        index = builder.finish()
        reference = SearchReferenceMatcher(index: index)
    }

    /// Queries of every kind: starts of names in characters and pinyin, initials, mixed, inside
    /// the pinyin, English, and random letters.
    func queries() -> [String] {
        var random = SplitMix64(seed: 11)
        var queries = ["a", "an", "ang", "z", "zh", "zeng", "ceng", "shan", "dan", "lv", "lu", "yuchi", "ouyang", "欧", "欧阳", "尉迟",
                       "jx", "jiaox", "xiang", "iang", "张q", "zhang庆", "tony", "tony1", "t1", "ny", "qqq", "zz", "王伟", "伟", "wei"]
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        for _ in 0..<60 {
            let record = random.below(names.count)
            let name = names[record]
            let pinyin = index.pinyin(ofRecord: record).split(separator: " ").map(String.init)
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
            let atoms = index.atoms(of: query)
            var plan = QueryPlan(atoms: atoms, units: index.units)
            plan.prepareWeakerKinds(units: index.units)
            for position in 0..<index.count {
                let fast = index.bestMatch(at: position, plan: plan, through: .subsequence)
                let slow = reference.bestMatch(at: position, query: atoms)
                if fast != slow {
                    Issue.record("\(query) vs \(names[index.record(atPosition: position)]): index \(String(describing: fast)), definition \(String(describing: slow))")
                    return
                }
            }
        }
    }

    @Test func tiersListsAndWalksAllRankAsTheDefinitionsSay() {
        for query in queries() {
            let atoms = index.atoms(of: query)
            let everyMatch = reference.ranked(query: atoms, in: 0..<index.count, limit: .max)
            let everyPosition = everyMatch.map { UInt32($0.position) }.sorted()
            for limit in [1, 7, 50, 5_000] {
                let expected = Array(everyMatch.prefix(limit))
                for selectiveLimit in [0, Int.max] {
                    var plan = QueryPlan(atoms: atoms, units: index.units)
                    let result = index.search(&plan, in: 0..<index.count, limit: limit, selectiveLimit: selectiveLimit)
                    #expect(result.matches == expected, "\(query), limit \(limit), \(selectiveLimit == 0 ? "by tier" : "all at once")")
                    if let all = result.allMatches {
                        #expect(all == everyPosition, "\(query): a complete result lists every match")
                    }
                }
            }
        }
    }

    @Test func oneGroupsRangeRanksAsTheDefinitionsSay() throws {
        let range = try #require(index.groupRanges[3])
        for query in queries().prefix(60) {
            let atoms = index.atoms(of: query)
            var plan = QueryPlan(atoms: atoms, units: index.units)
            let result = index.search(&plan, in: range, limit: 10, selectiveLimit: 0)
            #expect(result.matches == reference.ranked(query: atoms, in: range, limit: 10), "\(query)")
        }
        #expect(range.allSatisfy { index.record(atPosition: $0) % 7 == 3 }, "a group's range holds its records only")
    }

    @Test func candidatesFromAShorterQueryGiveWhatAFreshSearchGives() {
        for query in queries().prefix(120) where query.count > 1 {
            let shorter = index.search(atoms: index.atoms(of: String(query.dropLast())), in: 0..<index.count, limit: 30)
            let atoms = index.atoms(of: query)
            let fresh = index.search(atoms: atoms, in: 0..<index.count, limit: 30)
            guard let candidates = shorter.allMatches else { continue }
            let narrowed = index.search(atoms: atoms, in: 0..<index.count, limit: 30, candidates: candidates)
            #expect(narrowed.matches == fresh.matches, "\(query)")
        }
    }

    @Test func aQueryTooLongToMatchFindsOnlyTheExactPositionsGiven() {
        let atoms = index.atoms(of: String(repeating: "wang", count: 20))
        #expect(index.search(atoms: atoms, in: 0..<index.count, limit: 10).matches.isEmpty)
        let given = index.search(atoms: atoms, in: 0..<index.count, limit: 10, exactPositions: [5])
        #expect(given.matches == [NameSearchResult.Match(position: 5, kind: .exact)])
    }
}
