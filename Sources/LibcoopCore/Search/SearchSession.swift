import LibcoopSearch

/// Search as you type: keeps the last query's complete set of matches, so that a query extending
/// it by another keystroke (`zhang` → `zhangq`) is matched only against those, not against every
/// person again.
///
/// It also keeps the answers along the query as typed (`z`, `zh`, … `zhangwei`), so that deleting
/// back to one of them (Backspace) answers it without searching again.
///
/// The TUI keeps one in its state and calls `search(_:)` on each keystroke. A broad query whose
/// search stopped early at `limit` (one letter over a million staff) keeps no set; the next
/// keystroke then searches afresh, which is fast for the same reason. To change the library or the
/// limit, start a new session.
public struct SearchSession: Sendable {
    public let index: StaffSearchIndex
    /// Only people of this library are searched, when set.
    public let library: String?
    public let limit: Int
    /// The last query searched.
    public private(set) var query = ""
    /// The last query's matches, best first.
    public private(set) var matches: [StaffMatch] = []
    /// Whether the last search only narrowed the matches of the query before it.
    public private(set) var reusedPreviousMatches = false

    private var previousAtoms: [UInt32] = []
    private var previousMatches: [UInt32]?
    /// The queries searched on the way to `query`, each a prefix of the next, the last `query`
    /// itself, with what each search left.
    private var typedPath: [TypedQuery] = []

    /// One query on the typed path and what searching it gave.
    private struct TypedQuery: Sendable {
        var query: String
        var atoms: [UInt32]
        var matches: [StaffMatch]
        var allMatches: [UInt32]?
    }

    public init(index: StaffSearchIndex, library: String? = nil, limit: Int = 100) {
        self.index = index
        self.library = library
        self.limit = limit
    }

    /// Searches for `query`, reusing the previous query's matches when `query` extends it.
    @discardableResult
    public mutating func search(_ query: String) -> [StaffMatch] {
        if let step = typedPath.lastIndex(where: { $0.query == query }) {
            // Deleted back to a query typed before: its answer is the one a search would give.
            let earlier = typedPath[step]
            typedPath.removeSubrange((step + 1)...)
            self.query = query
            matches = earlier.matches
            reusedPreviousMatches = false
            previousAtoms = earlier.atoms
            previousMatches = earlier.allMatches
            return matches
        }
        let atoms = index.names.atoms(of: query)
        var candidates: [UInt32]?
        if let previous = previousMatches, !previousAtoms.isEmpty, atoms.count >= previousAtoms.count,
           atoms.starts(with: previousAtoms) {
            candidates = previous
        }
        let outcome = index.result(for: query, library: library, limit: limit, candidates: candidates)
        self.query = query
        matches = index.staffMatches(outcome.result)
        reusedPreviousMatches = candidates != nil
        previousAtoms = outcome.atoms
        previousMatches = outcome.result.allMatches
        while let last = typedPath.last, !query.hasPrefix(last.query) { typedPath.removeLast() }
        typedPath.append(TypedQuery(query: query, atoms: outcome.atoms, matches: matches, allMatches: previousMatches))
        return matches
    }
}
