/// What a search of a `NameIndex` found.
public struct NameSearchResult: Sendable {
    /// A matching record's rank position and how it matched.
    public struct Match: Sendable, Hashable {
        public var position: Int
        public var kind: MatchKind
    }

    /// The best matches, best first, at most the limit asked for.
    public var matches: [Match]
    /// Every matching position in ascending order, when the search looked at every candidate;
    /// `nil` when it stopped early because it had found enough. A longer query typed after this
    /// one can only match records in this list (`SearchSession` relies on that).
    public var allMatches: [UInt32]?

    public static let none = NameSearchResult(matches: [], allMatches: [])
}
