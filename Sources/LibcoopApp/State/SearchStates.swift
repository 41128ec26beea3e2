import LibcoopCore
import LibcoopRender

/// The staff search overlay: the query being typed, the session that answers it keystroke by
/// keystroke, and the selected result. The session is nil while the index is being built (the
/// overlay says so); what is typed meanwhile is searched when it arrives.
public struct StaffSearchState: Sendable {
    public var input = TextInputState()
    public var session: SearchSession?
    public var results = SelectionState(selected: 0)

    /// The number of results a staff search keeps.
    static let limit = 200

    init(index: StaffSearchIndex?) {
        if let index { startSession(index: index) }
    }

    /// The matches of the query typed, best first (none while indexing).
    var matches: [StaffMatch] { session?.matches ?? [] }

    /// Starts searching with `index`, at once for a query already typed.
    mutating func startSession(index: StaffSearchIndex) {
        var session = SearchSession(index: index, limit: Self.limit)
        if !input.text.isEmpty { session.search(input.text) }
        self.session = session
    }

    /// Searches the query as it now reads; while indexing it waits for the session.
    mutating func queryChanged() {
        session?.search(input.text)
        results = SelectionState(selected: 0)
    }
}

/// The record search overlay (`:`): the query and the records found, best first. While the
/// index is being built nothing is searched (the overlay says so); `search(in:)` runs the query
/// when it arrives.
public struct RecordSearchState: Sendable {
    public var input = TextInputState()
    public var matches: [RecordMatch] = []
    public var results = SelectionState(selected: 0)

    /// The number of results a record search keeps.
    static let limit = 100

    /// Searches the query as it now reads in `index`.
    mutating func search(in index: RecordSearchIndex) {
        matches = index.search(input.text, limit: Self.limit)
        results = SelectionState(selected: 0)
    }
}

/// The person overlay: which person, their links (their library, then the events they took part
/// in, found once when the overlay opens) and the selected link.
public struct PersonDetailState: Sendable, Hashable {
    /// Position in `dataset.staff`.
    public var staff: Int
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(staff: Int, data: BrowserData) {
        self.staff = staff
        let person = data.dataset.staff[staff]
        var links: [RecordReference] = []
        if let library = person.library { links.append(RecordReference(kind: .library, id: library)) }
        for event in data.dataset.events where event.participants.contains(person.id) {
            links.append(RecordReference(kind: .event, id: event.id))
        }
        self.links = links
    }
}

/// The timeline entry overlay: which entry, its links (the participants known to the dataset,
/// then its libraries, then — for an event — the organisations it names and the documents it
/// discusses) and the selected link.
public struct EntryDetailState: Sendable, Hashable {
    public var entry: TimelineEntry
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(entry: TimelineEntry, data: BrowserData) {
        self.entry = entry
        let event = entry.kind == .event ? data.index.event(entry.id) : nil
        links = entry.participants.filter { data.staffPosition($0) != nil }.map { RecordReference(kind: .staff, id: $0) }
            + entry.libraries.filter { data.libraryPosition($0) != nil }.map { RecordReference(kind: .library, id: $0) }
            + (event?.organizations ?? []).filter { data.index.organization($0) != nil }.map { RecordReference(kind: .organization, id: $0) }
            + (event?.documents ?? []).filter { data.index.document($0) != nil }.map { RecordReference(kind: .document, id: $0) }
    }
}

/// The last staff search, for `n` / `N` after the overlay is closed.
public struct LastStaffSearch: Sendable, Hashable {
    public var query: String
    /// Positions in `dataset.staff`, best first.
    public var staff: [Int]
    /// Which of them is shown now.
    public var current: Int
}

/// The program overlay: which program, its links (its libraries, then the events that name it)
/// and the selected link.
public struct ProgramDetailState: Sendable, Hashable {
    public var program: Program
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(program: Program, data: BrowserData) {
        self.program = program
        links = program.libraries.filter { data.libraryPosition($0) != nil }.map { RecordReference(kind: .library, id: $0) }
            + data.dataset.events.filter { $0.programs.contains(program.id) }.map { RecordReference(kind: .event, id: $0.id) }
    }
}
