/// What a search of a `NameIndex` found.
struct NameSearchResult: Sendable {
    /// A matching record's rank position and how it matched.
    struct Match: Sendable, Hashable {
        var position: Int
        var kind: MatchKind
    }

    /// The best matches, best first, at most the limit asked for.
    var matches: [Match]
    /// Every matching position in ascending order, when the search looked at every candidate;
    /// `nil` when it stopped early because it had found enough. A longer query typed after this
    /// one can only match records in this list (`SearchSession` relies on that).
    var allMatches: [UInt32]?

    static let none = NameSearchResult(matches: [], allMatches: [])
}
