import LibcoopCore
import LibcoopSynthetic

/// Queries derived from real names in the dataset, as users type them: the start of the name in
/// characters, the start of its pinyin, the start of its initials, and the given name.
struct QuerySample {
    /// What sort of query a row measures.
    enum Kind: String, CaseIterable {
        case hanzi = "hanzi (start of name)"
        case givenName = "hanzi (given name)"
        case pinyin = "pinyin (start, no spaces)"
        case initials = "initials"
        case miss = "random letters (miss)"
    }

    let kind: Kind
    let length: Int
    let queries: [String]

    /// Up to `perRow` queries of each kind and length 1–6 (initials and characters only as long as
    /// names are), from people chosen with `seed`.
    static func rows(index: StaffSearchIndex, perRow: Int, seed: UInt64) -> [QuerySample] {
        var random = SeededRandom(seed: seed)
        var byRow: [String: [String]] = [:]
        func add(_ kind: Kind, _ query: String) {
            let key = "\(kind.rawValue)|\(query.count)"
            if byRow[key, default: []].count < perRow { byRow[key, default: []].append(query) }
        }
        for _ in 0..<(perRow * 4) {
            let position = random.below(index.count)
            let name = index.staff[position].name
            let syllables = index.pinyin(ofStaffAt: position).split(separator: " ").map(String.init)
            let joined = syllables.joined()
            let initials = String(syllables.compactMap(\.first))
            for length in 1...min(6, name.count) { add(.hanzi, String(name.prefix(length))) }
            if name.count > 1 { add(.givenName, String(name.dropFirst())) }
            for length in 1...min(6, joined.count) { add(.pinyin, String(joined.prefix(length))) }
            for length in 1...min(6, initials.count) { add(.initials, String(initials.prefix(length))) }
            let letters = Array("abcdefghijklmnopqrstuvwxyz")
            let miss = String((0..<(4 + random.below(3))).map { _ in letters[random.below(letters.count)] })
            add(.miss, miss)
        }
        var rows: [QuerySample] = []
        for kind in Kind.allCases {
            for length in 1...6 {
                if let queries = byRow["\(kind.rawValue)|\(length)"], !queries.isEmpty {
                    rows.append(QuerySample(kind: kind, length: length, queries: queries))
                }
            }
        }
        return rows
    }
}
