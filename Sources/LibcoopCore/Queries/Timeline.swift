/// The history of the city–district cooperation: phases, events and the documents behind them,
/// in date order.
public enum Timeline {
    /// Entries involving `library` (all when `nil`), ordered by date. A phase whose start is unknown
    /// is placed by its parent's start; a less precise date comes before a more precise one within
    /// it (a document of 2022 before the events of May 2022); on the same date a phase comes
    /// before a document and a document before an event; a parent before its parts; then file
    /// order. Documents without a year are left out. A document involves a library that issued
    /// it or that took part in an event discussing it.
    public static func entries(in dataset: Dataset, library: String? = nil) -> [TimelineEntry] {
        let phaseStarts = Dictionary(dataset.phases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let eventParents = Dictionary(dataset.events.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var entries: [TimelineEntry] = []
        var keys: [SortKey] = []
        for (order, phase) in dataset.phases.enumerated() {
            if let library, !phase.libraries.contains(library) { continue }
            var inherited: PartialDate? = phase.start
            var ancestor = phase.parent
            var depth = 0
            var guardCount = 0
            while let id = ancestor, guardCount < 64 {
                depth += 1
                guardCount += 1
                if inherited == nil { inherited = phaseStarts[id]?.start }
                ancestor = phaseStarts[id]?.parent
            }
            let entry = TimelineEntry(
                kind: .phase, id: phase.id, title: phase.title, titleEnglish: phase.titleEnglish, start: phase.start,
                end: phase.end, ongoing: phase.ongoing, parent: phase.parent, depth: depth, libraries: phase.libraries,
                description: phase.description, descriptionEnglish: phase.descriptionEnglish, sources: phase.sources
            )
            entries.append(entry)
            keys.append(SortKey(date: inherited ?? phase.end, kind: .phase, depth: depth, order: order))
        }
        for (order, event) in dataset.events.enumerated() {
            if let library, !event.libraries.contains(library) { continue }
            var depth = 0
            var ancestor = event.parent
            while let id = ancestor, depth < 64 {
                depth += 1
                ancestor = eventParents[id] ?? nil
            }
            let entry = TimelineEntry(
                kind: .event, id: event.id, title: event.title, titleEnglish: event.titleEnglish, start: event.date,
                end: event.endDate, ongoing: false, parent: event.parent, depth: depth, libraries: event.libraries,
                participants: event.participants, documents: event.documents, description: event.description,
                descriptionEnglish: event.descriptionEnglish, sources: event.sources
            )
            entries.append(entry)
            keys.append(SortKey(date: event.date, kind: .event, depth: depth, order: dataset.phases.count + order))
        }
        let documentOrder = dataset.phases.count + dataset.events.count
        let discussions = Discussions(dataset)
        for (order, document) in dataset.documents.enumerated() {
            guard let year = document.year, let date = PartialDate(year: year) else { continue }
            let involved = discussions.involvement(of: document)
            if let library, !involved.libraries.contains(library) { continue }
            let entry = TimelineEntry(
                kind: .document, id: document.id, title: document.title, titleEnglish: document.titleEnglish, start: date,
                end: nil, ongoing: false, parent: nil, depth: 0, libraries: involved.libraries, events: involved.events,
                description: document.description, descriptionEnglish: nil, sources: document.sources
            )
            entries.append(entry)
            keys.append(SortKey(date: date, kind: .document, depth: 0, order: documentOrder + order))
        }
        // Sorts positions by the small keys rather than moving the entries themselves.
        return keys.indices.sorted { keys[$0].precedes(keys[$1]) }.map { entries[$0] }
    }

    /// Where an entry goes in the history: its date, its kind, its depth, then file order.
    private struct SortKey {
        var date: PartialDate?
        var kind: TimelineEntry.Kind
        var depth: Int
        var order: Int

        func precedes(_ other: SortKey) -> Bool {
            switch (date, other.date) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            if kind != other.kind { return Timeline.rank(kind) < Timeline.rank(other.kind) }
            if depth != other.depth { return depth < other.depth }
            return order < other.order
        }
    }

    /// Which kind comes first among entries of the same date.
    private static func rank(_ kind: TimelineEntry.Kind) -> Int {
        switch kind {
        case .phase: 0
        case .document: 1
        case .event: 2
        }
    }

    /// The events that discuss each document, gathered in one pass over the events.
    private struct Discussions {
        let dataset: Dataset
        let libraryIDs: Set<String>
        /// Positions in `dataset.events` of the events naming each document, in file order.
        let eventsByDocument: [String: [Int]]

        init(_ dataset: Dataset) {
            self.dataset = dataset
            libraryIDs = Set(dataset.libraries.map(\.id))
            var eventsByDocument: [String: [Int]] = [:]
            for (position, event) in dataset.events.enumerated() {
                for document in Set(event.documents) { eventsByDocument[document, default: []].append(position) }
            }
            self.eventsByDocument = eventsByDocument
        }

        /// The libraries `document` involves (the libraries among its issuers, then those of the
        /// events that discuss it, each once) and those events' ids.
        func involvement(of document: Document) -> (libraries: [String], events: [String]) {
            var libraries: [String] = []
            var seen = Set<String>()
            for issuer in document.issuers where libraryIDs.contains(issuer) && seen.insert(issuer).inserted {
                libraries.append(issuer)
            }
            var events: [String] = []
            for position in eventsByDocument[document.id] ?? [] {
                let event = dataset.events[position]
                events.append(event.id)
                for library in event.libraries where seen.insert(library).inserted { libraries.append(library) }
            }
            return (libraries, events)
        }
    }
}
