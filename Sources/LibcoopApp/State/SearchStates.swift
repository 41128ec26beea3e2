import LibcoopCore
import LibcoopRender

/// The staff search overlay: the query being typed, the session that answers it keystroke by
/// keystroke, and the selected result.
public struct StaffSearchState: Sendable {
    public var input = TextInputState()
    public var session: SearchSession
    public var results = SelectionState(selected: 0)

    init(index: StaffSearchIndex) {
        session = SearchSession(index: index, limit: 200)
    }
}

/// The record search overlay (`:`): the query and the records found, best first.
public struct RecordSearchState: Sendable {
    public var input = TextInputState()
    public var matches: [RecordMatch] = []
    public var results = SelectionState(selected: 0)
}

/// The person overlay: which person, and the selected line (their library, then their events).
public struct PersonDetailState: Sendable, Hashable {
    /// Position in `dataset.staff`.
    public var staff: Int
    public var selection = SelectionState(selected: 0)
}

/// The timeline entry overlay: which entry, and the selected link (participants, then libraries).
public struct EntryDetailState: Sendable, Hashable {
    public var entry: TimelineEntry
    public var selection = SelectionState(selected: 0)
}

/// The last staff search, for `n` / `N` after the overlay is closed.
public struct LastStaffSearch: Sendable, Hashable {
    public var query: String
    /// Positions in `dataset.staff`, best first.
    public var staff: [Int]
    /// Which of them is shown now.
    public var current: Int
}

/// The program overlay: which program, and the selected link (its libraries, then its events).
public struct ProgramDetailState: Sendable, Hashable {
    public var program: Program
    public var selection = SelectionState(selected: 0)
}
