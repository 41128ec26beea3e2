/// The year's cooperation summary that a department hands upward: for one year, what the libraries
/// did together (events by kind, with who took part from each side), the joint programs, the
/// phases under way, the year's documents, and totals per library and overall.
///
/// Every figure is a list of record ids, so a count can always be traced to the records behind it.
/// Made once from a dataset and its `DatasetIndex`; O(records + participants).
public struct CooperationReport: Sendable {
    /// An event of the year with the people who took part, grouped by the side they came from.
    public struct EventEntry: Sendable {
        public var event: LinkageEvent
        public var kind: EventKind
        /// Parts of this event that are the same kind of occasion (a visit's tour): listed with
        /// it, not counted again.
        public var parts: [LinkageEvent]
        public var participants: [ParticipantGroup]
    }

    /// The participants of an event who belong to one library or organisation.
    public struct ParticipantGroup: Sendable {
        /// The library or organisation id, `nil` for people with neither.
        public var affiliation: String?
        public var affiliationName: String?
        public var people: [StaffMember]
    }

    /// The events of one kind, in date order.
    public struct EventGroup: Sendable {
        public var kind: EventKind
        public var entries: [EventEntry]
        /// The ids of the occasions counted (parts folded into an occasion are not).
        public var ids: [String] { entries.map(\.event.id) }
    }

    /// Why a program is in the year's report.
    public enum ProgramBasis: Sendable, Hashable {
        /// Its start and end dates put it in the year.
        case dates
        /// It has no dates, and an event of the year names it.
        case namedByEvent(String)
        /// It has no dates, and a source published in the year reports it.
        case reportedBy(Source)
    }

    /// A joint program of the year and why it is counted.
    public struct ProgramEntry: Sendable {
        public var program: Program
        public var basis: ProgramBasis
    }

    /// What one library took part in during the year, as record ids.
    public struct LibraryTotals: Sendable {
        public var library: Library
        public var events: [String] = []
        public var programsLed: [String] = []
        public var programsPartnered: [String] = []
        public var phases: [String] = []
        public var documents: [String] = []
    }

    public let year: Int
    /// The library the report is limited to, or `nil` for every library.
    public let library: Library?
    public let eventGroups: [EventGroup]
    public let programs: [ProgramEntry]
    public let phases: [LinkagePhase]
    public let documents: [Document]
    /// One row per library with anything in the year (just `library` when the report is limited).
    public let libraryTotals: [LibraryTotals]

    /// Every counted event id, in the order of `eventGroups`.
    public var eventIDs: [String] { eventGroups.flatMap(\.ids) }

    /// The latest year any event, program, phase or document is dated in; `nil` when none is.
    public static func latestYear(in dataset: Dataset) -> Int? {
        yearSpan(in: dataset)?.upperBound
    }

    /// From the earliest to the latest year any event, program, phase or document is dated in;
    /// `nil` when none is.
    public static func yearSpan(in dataset: Dataset) -> ClosedRange<Int>? {
        var years: [Int] = dataset.events.flatMap { [$0.date.year, $0.endDate?.year ?? $0.date.year] }
        years += dataset.programs.flatMap { [$0.start?.year, $0.end?.year].compactMap { $0 } }
        years += dataset.phases.flatMap { [$0.start?.year, $0.end?.year].compactMap { $0 } }
        years += dataset.documents.compactMap(\.year)
        guard let earliest = years.min(), let latest = years.max() else { return nil }
        return earliest...latest
    }

    /// Whether the report has nothing in it: no event, program, phase or document.
    public var isEmpty: Bool {
        eventGroups.isEmpty && programs.isEmpty && phases.isEmpty && documents.isEmpty
    }

    /// The report for `year`, of every library or only of the library with id `libraryID`.
    public init(index: DatasetIndex, year: Int, library libraryID: String? = nil) {
        let dataset = index.dataset
        self.year = year
        self.library = libraryID.flatMap { index.library($0) }
        func involves(_ libraries: [String]) -> Bool { libraryID.map { libraries.contains($0) } ?? true }

        let events = dataset.events.filter { event in
            involves(event.libraries) && (event.date.year...max(event.date.year, event.endDate?.year ?? event.date.year)).contains(year)
        }.sorted { $0.date < $1.date }
        eventGroups = Self.groups(of: events, index: index)

        let namingEvents = Self.firstNamer(in: events, of: \.programs)
        programs = dataset.programs.compactMap { program in
            guard involves(program.libraries) else { return nil }
            if program.start != nil || program.end != nil {
                return ProgramQuery.runs(program, in: year) ? ProgramEntry(program: program, basis: .dates) : nil
            }
            if let event = namingEvents[program.id] { return ProgramEntry(program: program, basis: .namedByEvent(event)) }
            let source = program.sources.lazy.compactMap { index.source($0) }.first { $0.date?.year == year }
            return source.map { ProgramEntry(program: program, basis: .reportedBy($0)) }
        }

        phases = dataset.phases.filter { phase in
            involves(phase.libraries) && Self.years(of: phase, index: index).map { $0.contains(year) } == true
        }

        let namedDocuments = Self.firstNamer(in: events, of: \.documents)
        documents = dataset.documents.filter { document in
            let ofTheYear = document.year == year || (document.year == nil && namedDocuments[document.id] != nil)
            guard ofTheYear, let libraryID else { return ofTheYear }
            return document.issuers.contains(libraryID) || namedDocuments[document.id] != nil
        }

        libraryTotals = Self.totals(
            index: index, only: libraryID, groups: eventGroups, programs: programs, phases: phases, documents: documents
        )
    }

    /// The first year to the last year `phase` is known to be under way, or `nil` when its
    /// dates say nothing. A missing end is the start year, or, for a phase its sources call
    /// ongoing, the year of its latest source; a missing start is taken to be the end.
    static func years(of phase: LinkagePhase, index: DatasetIndex) -> ClosedRange<Int>? {
        let sourceYear = phase.sources.compactMap { index.source($0)?.date?.year }.max()
        let last = phase.end?.year ?? (phase.ongoing ? sourceYear ?? phase.start?.year : phase.start?.year)
        guard let last else { return nil }
        let first = phase.start?.year ?? last
        return first...max(first, last)
    }

    /// For each id that an event lists under `member`, the first such event's id.
    private static func firstNamer(in events: [LinkageEvent], of member: KeyPath<LinkageEvent, [String]>) -> [String: String] {
        var namers: [String: String] = [:]
        for event in events {
            for id in event[keyPath: member] where namers[id] == nil { namers[id] = event.id }
        }
        return namers
    }

    /// The events grouped by kind (in `EventKind` order, empty kinds left out); a part of the same
    /// kind as its parent event is folded into the parent's entry.
    private static func groups(of events: [LinkageEvent], index: DatasetIndex) -> [EventGroup] {
        let kinds = Dictionary(events.map { ($0.id, EventKind.of($0)) }, uniquingKeysWith: { first, _ in first })
        var entries: [EventEntry] = []
        var entryPositions: [String: Int] = [:]
        var foldedInto: [String: Int] = [:]
        for event in events {
            let kind = kinds[event.id] ?? .other
            if let parent = event.parent, kinds[parent] == kind,
               let position = entryPositions[parent] ?? foldedInto[parent] {
                entries[position].parts.append(event)
                foldedInto[event.id] = position
                continue
            }
            entryPositions[event.id] = entries.count
            entries.append(EventEntry(event: event, kind: kind, parts: [], participants: participants(of: event, index: index)))
        }
        return EventKind.allCases.compactMap { kind in
            let ofKind = entries.filter { $0.kind == kind }
            return ofKind.isEmpty ? nil : EventGroup(kind: kind, entries: ofKind)
        }
    }

    /// The event's participants grouped by library or organisation, in order of first mention.
    private static func participants(of event: LinkageEvent, index: DatasetIndex) -> [ParticipantGroup] {
        var groups: [ParticipantGroup] = []
        for id in event.participants {
            guard let person = index.staffMember(id) else { continue }
            let affiliation = person.library ?? person.organization
            if let position = groups.firstIndex(where: { $0.affiliation == affiliation }) {
                groups[position].people.append(person)
            } else {
                groups.append(ParticipantGroup(affiliation: affiliation, affiliationName: index.affiliationName(of: person), people: [person]))
            }
        }
        return groups
    }

    /// Per library, the ids of what it took part in; libraries in dataset order.
    private static func totals(
        index: DatasetIndex, only libraryID: String?, groups: [EventGroup], programs: [ProgramEntry],
        phases: [LinkagePhase], documents: [Document]
    ) -> [LibraryTotals] {
        var rows: [String: LibraryTotals] = [:]
        func add(_ id: String, _ record: String, to member: WritableKeyPath<LibraryTotals, [String]>) {
            if let libraryID, id != libraryID { return }
            if rows[id] == nil {
                guard let library = index.library(id) else { return }
                rows[id] = LibraryTotals(library: library)
            }
            if rows[id]?[keyPath: member].last != record { rows[id]?[keyPath: member].append(record) }
        }
        var documentNamers: [String: [String]] = [:]
        for group in groups {
            for entry in group.entries {
                for library in entry.event.libraries { add(library, entry.event.id, to: \.events) }
                for document in ([entry.event] + entry.parts).flatMap(\.documents) {
                    documentNamers[document, default: []] += entry.event.libraries
                }
            }
        }
        for entry in programs {
            if let lead = entry.program.lead { add(lead, entry.program.id, to: \.programsLed) }
            for partner in entry.program.partners where partner != entry.program.lead {
                add(partner, entry.program.id, to: \.programsPartnered)
            }
        }
        for phase in phases {
            for library in phase.libraries { add(library, phase.id, to: \.phases) }
        }
        for document in documents {
            for library in document.issuers + (documentNamers[document.id] ?? []) { add(library, document.id, to: \.documents) }
        }
        if let libraryID, rows[libraryID] == nil, let library = index.library(libraryID) {
            rows[libraryID] = LibraryTotals(library: library)
        }
        return index.dataset.libraries.compactMap { rows.removeValue(forKey: $0.id) }
    }
}
