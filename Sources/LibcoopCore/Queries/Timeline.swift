/// The history of the city–district cooperation: phases and events in date order.
public enum Timeline {
    /// Entries involving `library` (all when `nil`), ordered by date. A phase whose start is unknown
    /// is placed by its parent's start; a less precise date comes before a more precise one within
    /// it; a phase before an event on the same date; a parent before its parts; then file order.
    public static func entries(in dataset: Dataset, library: String? = nil) -> [TimelineEntry] {
        let phaseStarts = Dictionary(dataset.phases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let eventParents = Dictionary(dataset.events.map { ($0.id, $0.parent) }, uniquingKeysWith: { first, _ in first })
        var entries: [(entry: TimelineEntry, sortDate: PartialDate?, order: Int)] = []
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
                participants: [], description: phase.description, descriptionEnglish: phase.descriptionEnglish,
                sources: phase.sources
            )
            entries.append((entry, inherited ?? phase.end, order))
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
                participants: event.participants, description: event.description,
                descriptionEnglish: event.descriptionEnglish, sources: event.sources
            )
            entries.append((entry, event.date, dataset.phases.count + order))
        }
        return entries.sorted { lhs, rhs in
            switch (lhs.sortDate, rhs.sortDate) {
            case let (left?, right?) where left != right: return left < right
            case (nil, _?): return false
            case (_?, nil): return true
            default: break
            }
            if lhs.entry.kind != rhs.entry.kind { return lhs.entry.kind == .phase }
            if lhs.entry.depth != rhs.entry.depth { return lhs.entry.depth < rhs.entry.depth }
            return lhs.order < rhs.order
        }.map(\.entry)
    }
}
