/// How a query matched a name. The cases are in ranking order: every exact match comes before every
/// prefix match, and so on down to subsequence matches.
public enum MatchKind: Int, Sendable, Hashable, Comparable, CaseIterable, CustomStringConvertible {
    /// The query is the whole name: its characters (`焦翔`, `張慶文`), its full pinyin with or without
    /// spaces (`jiaoxiang`, `Jiao Xiang`), the whole English name, or the id.
    case exact
    /// The query is the start of the name: `焦`, `jiao`, `jiaox`, `张庆`.
    case prefix
    /// The query abbreviates the name from one of its syllables (or English words) on, each taking
    /// the start of one: initials (`jx`), part pinyin (`zhangqw`), mixed (`张q`), or a later
    /// syllable (`翔`, `xiang`, `qw` for 张庆文).
    case wordStart
    /// The query starts inside a syllable or word rather than at its start (`iaox` in jiaoxiang).
    case substring
    /// The query's letters and characters all appear in the name in order, with gaps (`jxg`, `张文`
    /// for 张庆文): the fuzzy match of last resort.
    case subsequence

    public static func < (lhs: MatchKind, rhs: MatchKind) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// The name used in text and JSON output: `exact`, `prefix`, `word_start`, `substring`, `subsequence`.
    public var description: String {
        switch self {
        case .exact: "exact"
        case .prefix: "prefix"
        case .wordStart: "word_start"
        case .substring: "substring"
        case .subsequence: "subsequence"
        }
    }
}
