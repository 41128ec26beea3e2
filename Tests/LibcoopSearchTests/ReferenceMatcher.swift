@testable import LibcoopSearch

/// A slow, obviously correct matcher to check the index against: it spells out every combination
/// of a name's units — each as its character or one of its readings — and applies the definitions
/// of `MatchKind` to those strings directly.
struct SearchReferenceMatcher {
    let index: NameIndex

    /// The best kind for the record at `position`, by the definitions.
    func bestMatch(at position: Int, query atoms: [UInt32]) -> MatchKind? {
        guard !atoms.isEmpty else { return nil }
        var best: MatchKind?
        for sequence in sequences(at: position) {
            if let kind = bestMatch(in: sequence, query: atoms) { best = min(best ?? kind, kind) }
        }
        return best
    }

    /// Ranked positions and kinds, as the index should return them.
    func ranked(query atoms: [UInt32], in range: Range<Int>, limit: Int) -> [NameSearchResult.Match] {
        let all = range.compactMap { position in bestMatch(at: position, query: atoms).map { NameSearchResult.Match(position: position, kind: $0) } }
        return Array(all.sorted { ($0.kind, $0.position) < ($1.kind, $1.position) }.prefix(limit))
    }

    private func sequences(at position: Int) -> [[Int]] {
        var result: [[Int]] = [[]]
        for slot in index.unitSlots(of: position) {
            let unit = index.sequenceUnits[slot]
            if unit == NameIndex.separator { result.append([]) } else { result[result.count - 1].append(Int(unit)) }
        }
        return result.filter { !$0.isEmpty }
    }

    /// Each unit's spellings: its character (if any) and its readings, as atoms.
    private func options(of unit: Int) -> [[UInt32]] {
        let units = index.units
        var options: [[UInt32]] = units.characters[unit] != 0 ? [[units.characters[unit]]] : []
        for reading in units.readings(of: unit) {
            options.append(units.bytes[units.byteRange(ofReading: reading)].map(UInt32.init))
        }
        return options
    }

    private func bestMatch(in sequence: [Int], query: [UInt32]) -> MatchKind? {
        let spellings = combinations(sequence.map(options(of:)))
        if spellings.contains(where: { $0.joined == query }) { return .exact }
        if spellings.contains(where: { $0.joined.starts(with: query) }) { return .prefix }
        for start in sequence.indices where abbreviates(query[...], units: Array(sequence[start...])) { return .wordStart }
        for spelling in spellings {
            for offset in 1..<max(spelling.joined.count, 1) where !spelling.boundaries.contains(offset) {
                if spelling.joined[offset...].starts(with: query) { return .substring }
            }
        }
        if spellings.contains(where: { isSubsequence(query, of: $0.joined) }) { return .subsequence }
        return nil
    }

    /// Whether `query` is non-empty starts of options of `units`, one after another from the first.
    private func abbreviates(_ query: ArraySlice<UInt32>, units: [Int]) -> Bool {
        guard let unit = units.first else { return false }
        for option in options(of: unit) {
            for length in 1...max(option.count, 1) where length <= option.count && length <= query.count {
                guard query.prefix(length).elementsEqual(option.prefix(length)) else { break }
                if length == query.count { return true }
                if abbreviates(query.dropFirst(length), units: Array(units.dropFirst())) { return true }
            }
        }
        return false
    }

    private func combinations(_ choices: [[[UInt32]]]) -> [(joined: [UInt32], boundaries: Set<Int>)] {
        var result: [(joined: [UInt32], boundaries: Set<Int>)] = [([], [0])]
        for options in choices {
            result = result.flatMap { partial in
                options.map { option in (partial.joined + option, partial.boundaries.union([partial.joined.count + option.count])) }
            }
        }
        return result
    }

    private func isSubsequence(_ query: [UInt32], of text: [UInt32]) -> Bool {
        var next = 0
        for atom in text where next < query.count && query[next] == atom { next += 1 }
        return next == query.count
    }
}
