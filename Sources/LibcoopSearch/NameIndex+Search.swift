/// Finding the best matches for a query, tier by tier.
///
/// A query whose candidates are few (it has a Han character, or its first letter is rare) is
/// matched against every candidate and the matches sorted by kind and rank. Otherwise the search
/// goes tier by tier — exact, prefix, word start, substring, subsequence — each tier walking its
/// candidates in rank order and the search stopping as soon as it has `limit` matches, so a
/// one-letter query over a million names looks at a few hundred of them.
extension NameIndex {
    /// Up to this many candidates are all matched and sorted rather than searched tier by tier.
    static let selectiveCandidateLimit = 40_000

    /// The query as atoms (see `QueryPlan`): folded, Traditional characters made Simplified,
    /// spaces and punctuation dropped.
    public func atoms(of query: String) -> [UInt32] {
        var folding = NameFolding()
        var scratch: [UInt8] = []
        var atoms: [UInt32] = []
        NameFolding.forEachToken(in: NameFolding.compatibilityFolded(query), scratch: &scratch) { token in
            switch token {
            case .word(let bytes):
                for byte in bytes { atoms.append(UInt32(byte)) }
            case .character(let scalar):
                atoms.append(characterUnits[scalar.value] != nil ? scalar.value : folding.simplified(scalar).value)
            }
        }
        return atoms
    }

    /// The best `limit` matches for the query `atoms` (see `atoms(of:)`) among positions in
    /// `range`. `exactPositions` are added as exact matches (an id typed in full); `candidates`,
    /// when given, are the only positions looked at (the `allMatches` of a shorter query this one
    /// extends). A query longer than `QueryPlan.maximumLength` atoms finds only `exactPositions`.
    public func search(
        atoms: [UInt32], in range: Range<Int>, limit: Int, exactPositions: [Int] = [], candidates: [UInt32]? = nil
    ) -> NameSearchResult {
        var plan = QueryPlan(atoms: atoms.count <= QueryPlan.maximumLength ? atoms : [], units: units)
        return search(&plan, in: range, limit: limit, exactPositions: exactPositions, candidates: candidates)
    }

    /// The best `limit` matches among positions in `range`. `exactPositions` are added as exact
    /// matches (an id typed in full); `candidates`, when given, are the only positions looked at
    /// (the matches of a shorter query this one extends). Queries with at most `selectiveLimit`
    /// candidates are matched in full; tests lower it to exercise the tiers on small data.
    func search(
        _ plan: inout QueryPlan, in range: Range<Int>, limit: Int, exactPositions: [Int] = [], candidates: [UInt32]? = nil,
        selectiveLimit: Int = selectiveCandidateLimit
    ) -> NameSearchResult {
        let extras = Array(Set(exactPositions.filter(range.contains))).sorted()
        guard limit > 0, !range.isEmpty else { return .none }
        if plan.length == 0 || plan.length > QueryPlan.maximumLength {
            return rankAll(plan: &plan, candidates: .listed([]), in: range, limit: limit, extras: extras)
        }
        if let candidates {
            return rankAll(plan: &plan, candidates: .listed(candidates), in: range, limit: limit, extras: extras)
        }
        let containing = (0..<units.count).filter { plan.contains($0, units: units) }
        if plan.hasCharacters {
            guard let rarest = rarestCharacterUnits(plan: plan) else {
                return rankAll(plan: &plan, candidates: .listed([]), in: range, limit: limit, extras: extras)
            }
            if rarest.count <= selectiveLimit {
                let set = candidateSet(units: rarest.units, postings: anyPostings, firstUnitOnly: false, in: range, forceList: true)
                return rankAll(plan: &plan, candidates: set, in: range, limit: limit, extras: extras)
            }
            return searchByTier(plan: &plan, in: range, limit: limit, extras: extras, containing: containing)
        }
        let candidateCount = containing.reduce(0) { $0 + anyPostings.count(of: $1) }
        if candidateCount <= selectiveLimit {
            let set = candidateSet(units: containing, postings: anyPostings, firstUnitOnly: false, in: range, forceList: true)
            return rankAll(plan: &plan, candidates: set, in: range, limit: limit, extras: extras)
        }
        return searchByTier(plan: &plan, in: range, limit: limit, extras: extras, containing: containing)
    }

    /// The units of the query's rarest character (the plain unit and any surname units of it), or
    /// `nil` when some character of the query is in no name.
    private func rarestCharacterUnits(plan: QueryPlan) -> (units: [Int], count: Int)? {
        var best: (units: [Int], count: Int)?
        for character in Set(plan.atoms.filter { $0 >= 0x80 }) {
            let matching = (0..<units.count).filter { units.characters[$0] == character }
            let count = matching.reduce(0) { $0 + anyPostings.count(of: $1) }
            if matching.isEmpty { return nil }
            if count < best?.count ?? Int.max { best = (matching, count) }
        }
        return best
    }

    /// Matches every candidate and sorts the matches by kind, then rank.
    private func rankAll(plan: inout QueryPlan, candidates: CandidateSet, in range: Range<Int>, limit: Int, extras: [Int]) -> NameSearchResult {
        plan.prepareWeakerKinds(units: units)
        var byKind = [[Int]](repeating: [], count: MatchKind.allCases.count)
        var all: [UInt32] = []
        let extraSet = Set(extras)
        let query = plan
        forEachCandidate(candidates, in: range, letters: query.letters) { position in
            if !extraSet.isEmpty && extraSet.contains(position) { return true }
            if let kind = bestMatch(at: position, plan: query, through: .subsequence) {
                byKind[kind.rawValue].append(position)
                all.append(UInt32(position))
            }
            return true
        }
        if !extras.isEmpty {
            byKind[MatchKind.exact.rawValue] = (byKind[MatchKind.exact.rawValue] + extras).sorted()
            all = (all + extras.map(UInt32.init)).sorted()
        }
        var matches: [NameSearchResult.Match] = []
        for kind in MatchKind.allCases {
            for position in byKind[kind.rawValue] {
                guard matches.count < limit else { break }
                matches.append(.init(position: position, kind: kind))
            }
        }
        return NameSearchResult(matches: matches, allMatches: all)
    }

    /// Tier by tier, stopping at `limit` matches. Exact and prefix matches can only begin at a
    /// name's first unit, so one walk over the records whose first unit can start the query finds
    /// them all; the weaker kinds are then looked for among records with any such unit, any unit
    /// the query can begin inside, and any unit containing its first atom. A record is matched in
    /// full at most once: later tiers read the kind it was found to have.
    private func searchByTier(plan: inout QueryPlan, in range: Range<Int>, limit: Int, extras: [Int], containing: [Int]) -> NameSearchResult {
        let extraSet = Set(extras)
        var exact = extras
        var prefix: [Int] = []
        let firstUnits = candidateSet(units: plan.leadingUnits, postings: firstPostings, firstUnitOnly: true, in: range)
        let leading = plan
        forEachCandidate(firstUnits, in: range, letters: leading.letters) { position in
            if !extraSet.isEmpty && extraSet.contains(position) { return true }
            let wantsPrefix = prefix.count < limit
            if !wantsPrefix {
                if !leading.allowsExactMatch { return false }
                if !hasSequence(at: position, withUnitCountIn: leading.exactUnitCounts) { return true }
            }
            switch bestMatch(at: position, plan: leading, through: wantsPrefix ? .prefix : .exact) {
            case .exact: exact.append(position)
            case .prefix: prefix.append(position)
            default: break
            }
            return true
        }
        if !extras.isEmpty { exact.sort() }
        var matches = exact.prefix(limit).map { NameSearchResult.Match(position: $0, kind: .exact) }
        matches += prefix.prefix(limit - matches.count).map { NameSearchResult.Match(position: $0, kind: .prefix) }
        if matches.count == limit { return NameSearchResult(matches: matches, allMatches: nil) }

        plan.prepareWeakerKinds(units: units)
        let query = plan
        /// Kind found for each position in `range`, plus one; `noMatch` for none; 0 not yet looked at.
        let noMatch = UInt8(MatchKind.allCases.count + 1)
        let foundKinds = UnsafeMutablePointer<UInt8>.allocate(capacity: range.count)
        foundKinds.initialize(repeating: 0, count: range.count)
        defer { foundKinds.deallocate() }
        func kind(at position: Int) -> UInt8 {
            let offset = position - range.lowerBound
            if foundKinds[offset] == 0 {
                let best = !extraSet.isEmpty && extraSet.contains(position) ? .exact : bestMatch(at: position, plan: query, through: .subsequence)
                foundKinds[offset] = best.map { UInt8($0.rawValue + 1) } ?? noMatch
            }
            return foundKinds[offset]
        }

        let starting = (0..<units.count).filter { query.canStart($0) }
        let wordStarts = candidateSet(units: starting, postings: anyPostings, firstUnitOnly: false, in: range)
        let wordStart = UInt8(MatchKind.wordStart.rawValue + 1)
        forEachCandidate(wordStarts, in: range, letters: query.letters) { position in
            guard kind(at: position) == wordStart else { return true }
            matches.append(.init(position: position, kind: .wordStart))
            return matches.count < limit
        }
        if matches.count == limit { return NameSearchResult(matches: matches, allMatches: nil) }

        // Substrings and subsequences in one walk: every record with a substring match also
        // contains the query's first atom. Only enough substrings end the walk early.
        let needed = limit - matches.count
        var substrings: [Int] = []
        var subsequences: [Int] = []
        let substring = UInt8(MatchKind.substring.rawValue + 1)
        let subsequence = UInt8(MatchKind.subsequence.rawValue + 1)
        let anywhere = candidateSet(units: containing, postings: anyPostings, firstUnitOnly: false, in: range)
        var walkedEveryCandidate = true
        forEachCandidate(anywhere, in: range, letters: query.letters) { position in
            switch kind(at: position) {
            case substring: substrings.append(position)
            case subsequence where subsequences.count < needed: subsequences.append(position)
            default: break
            }
            walkedEveryCandidate = substrings.count < needed
            return walkedEveryCandidate
        }
        // Every match is known only when the walk went to the end and no subsequence was left
        // out for want of room; the list then holds them all, even those past `limit`.
        let knowsEveryMatch = walkedEveryCandidate && subsequences.count < needed
        let every = knowsEveryMatch ? (matches.map { UInt32($0.position) } + (substrings + subsequences).map(UInt32.init)).sorted() : nil
        matches += substrings.prefix(needed).map { NameSearchResult.Match(position: $0, kind: .substring) }
        matches += subsequences.prefix(limit - matches.count).map { NameSearchResult.Match(position: $0, kind: .subsequence) }
        return NameSearchResult(matches: matches, allMatches: every)
    }

    /// Whether the name or English name at `position` has a number of units in `counts`.
    private func hasSequence(at position: Int, withUnitCountIn counts: ClosedRange<Int>) -> Bool {
        var length = 0
        for slot in unitSlots(of: position) {
            if sequenceUnits[slot] == Self.separator {
                if counts.contains(length) { return true }
                length = 0
            } else {
                length += 1
            }
        }
        return counts.contains(length)
    }

    // MARK: Candidates

    /// The positions in `range` that have one of `units` (as a first unit only, if asked): listed
    /// when the posting lists are short, else described for a walk that can stop early.
    private func candidateSet(units chosen: [Int], postings: Postings, firstUnitOnly: Bool, in range: Range<Int>, forceList: Bool = false) -> CandidateSet {
        let total = chosen.reduce(0) { $0 + postings.count(of: $1) }
        if !forceList && total > range.count / 4 {
            var flags = [Bool](repeating: false, count: units.count)
            for unit in chosen { flags[unit] = true }
            return .flagged(units: flags, firstUnitOnly: firstUnitOnly)
        }
        let isWhole = range.lowerBound == 0 && range.upperBound == count
        var bitmap = [UInt64](repeating: 0, count: (range.count + 63) / 64)
        let base = range.lowerBound
        postings.positions.withUnsafeBufferPointer { positions in
            bitmap.withUnsafeMutableBufferPointer { bits in
                for unit in chosen {
                    let list = postings.range(of: unit)
                    var index = isWhole ? list.lowerBound : Self.lowerBound(of: UInt32(range.lowerBound), in: positions, list)
                    while index < list.upperBound {
                        let position = Int(positions[index])
                        if position >= range.upperBound { break }
                        let offset = position - base
                        bits[offset >> 6] |= 1 << UInt64(offset & 63)
                        index += 1
                    }
                }
            }
        }
        var listed: [UInt32] = []
        listed.reserveCapacity(min(total, range.count))
        for (word, value) in bitmap.enumerated() {
            var remaining = value
            while remaining != 0 {
                listed.append(UInt32(base + word << 6 + remaining.trailingZeroBitCount))
                remaining &= remaining - 1
            }
        }
        return .listed(listed)
    }

    private static func lowerBound(of value: UInt32, in positions: UnsafeBufferPointer<UInt32>, _ list: Range<Int>) -> Int {
        var low = list.lowerBound
        var high = list.upperBound
        while low < high {
            let middle = (low + high) / 2
            if positions[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// Calls `body` with each candidate in `range` that has every letter in `letters`, in rank
    /// order, until it returns false.
    private func forEachCandidate(_ candidates: CandidateSet, in range: Range<Int>, letters wanted: UInt32, _ body: (Int) -> Bool) {
        switch candidates {
        case .listed(let positions):
            for position in positions where range.contains(Int(position)) && letters[Int(position)] & wanted == wanted {
                if !body(Int(position)) { return }
            }
        case .flagged(let flags, let firstUnitOnly):
            for position in range where letters[position] & wanted == wanted {
                var atStart = true
                var isCandidate = false
                for slot in unitSlots(of: position) {
                    let unit = sequenceUnits[slot]
                    if unit == Self.separator {
                        atStart = true
                        continue
                    }
                    if (!firstUnitOnly || atStart) && flags[Int(unit)] {
                        isCandidate = true
                        break
                    }
                    atStart = false
                }
                if isCandidate && !body(position) { return }
            }
        }
    }
}
