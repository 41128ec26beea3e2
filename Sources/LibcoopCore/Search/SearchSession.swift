import LibcoopSearch

/// Search as you type: keeps the last query's complete set of matches, so that a query extending
/// it by another keystroke (`zhang` → `zhangq`) is matched only against those, not against every
/// person again.
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

    public init(index: StaffSearchIndex, library: String? = nil, limit: Int = 100) {
        self.index = index
        self.library = library
        self.limit = limit
    }

    /// Searches for `query`, reusing the previous query's matches when `query` extends it.
    @discardableResult
    public mutating func search(_ query: String) -> [StaffMatch] {
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
        return matches
    }
}
