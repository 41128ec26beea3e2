import Foundation
import LibcoopSearch

/// Finds any kind of record by name — libraries, spaces, programs, events, phases, documents,
/// organisations and staff — with the same matching as `StaffSearchIndex` (characters, pinyin,
/// initials, Traditional characters, English names, ids). Used by `libcoop search`.
///
/// Results are ranked by how they matched (`MatchKind`), then by kind (`RecordKind` order), then
/// by pinyin; each says where the record belongs. Staff are searched through a `StaffSearchIndex`,
/// which can be shared with the staff search so a million names are indexed once.
public struct RecordSearchIndex: Sendable {
    /// One record other than a person, as it is shown.
    private struct Entry: Sendable {
        var kind: RecordKind
        var id: String
        var name: String
        var nameEnglish: String?
        var context: [RecordMatch.ContextPart]
    }

    public let staffIndex: StaffSearchIndex
    private let entries: [Entry]
    private let names: NameIndex
    private let identifiers: [String: [Int]]

    /// Indexes every record of `dataset`; pass `staffIndex` when one is already built.
    public init(_ dataset: Dataset, staffIndex: StaffSearchIndex? = nil) {
        self.staffIndex = staffIndex ?? StaffSearchIndex(dataset)
        let entries = Self.entries(of: dataset)
        var builder = NameIndexBuilder(expectedCount: entries.count)
        let groups = Dictionary(uniqueKeysWithValues: RecordKind.allCases.enumerated().map { ($1, UInt32($0)) })
        for entry in entries { builder.note(entry.name) }
        builder.prepareNoted()
        for entry in entries {
            builder.add(name: entry.name, alias: entry.nameEnglish, group: groups[entry.kind] ?? 0)
        }
        names = builder.finish()
        self.entries = entries
        var identifiers: [String: [Int]] = [:]
        for (record, entry) in entries.enumerated() { identifiers[entry.id, default: []].append(record) }
        self.identifiers = identifiers
    }

    /// The best `limit` records for `query`, best first. An empty query matches nothing.
    ///
    /// Subsequence matches (the query's letters in order, anywhere: `jx` in 科学的南京, from its
    /// "ke xue de nan jing") are mostly chance across unrelated words, so they are given only when
    /// nothing matches better.
    public func search(_ query: String, limit: Int = 20) -> [RecordMatch] {
        guard limit > 0 else { return [] }
        let typedID = query.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let exact = (identifiers[typedID] ?? []).map { names.position(ofRecord: $0) }
        let result = names.search(atoms: names.atoms(of: query), in: 0..<names.count, limit: limit, exactPositions: exact)
        var ranked: [(match: RecordMatch, order: Int)] = result.matches.map { match in
            let entry = entries[names.record(atPosition: match.position)]
            let record = RecordMatch(kind: entry.kind, id: entry.id, name: entry.name, nameEnglish: entry.nameEnglish, contextParts: entry.context, matchKind: match.kind)
            return (record, match.position)
        }
        for (order, match) in staffIndex.search(query, limit: limit).enumerated() {
            let member = match.member
            let place = [staffIndex.affiliationName(of: member), member.department]
            let record = RecordMatch(kind: .staff, id: member.id, name: member.name, nameEnglish: member.nameEnglish,
                                     contextParts: place.compactMap { $0 }.filter { !$0.isEmpty }.map { .text($0) }, matchKind: match.kind)
            ranked.append((record, order))
        }
        ranked.sort { ($0.match.matchKind, $0.match.kind, $0.order) < ($1.match.matchKind, $1.match.kind, $1.order) }
        if ranked.contains(where: { $0.match.matchKind != .subsequence }) {
            ranked.removeAll { $0.match.matchKind == .subsequence }
        }
        return ranked.prefix(limit).map(\.match)
    }

    // MARK: Records

    private static func entries(of dataset: Dataset) -> [Entry] {
        var libraryNames: [String: String] = [:]
        for library in dataset.libraries where libraryNames[library.id] == nil { libraryNames[library.id] = library.name }
        var organizationNames: [String: String] = [:]
        for organization in dataset.organizations where organizationNames[organization.id] == nil {
            organizationNames[organization.id] = organization.name
        }
        func names(_ ids: [String]) -> String {
            ids.map { libraryNames[$0] ?? organizationNames[$0] ?? $0 }.joined(separator: "、")
        }
        func joined(_ parts: [String?]) -> [RecordMatch.ContextPart] {
            parts.compactMap { $0 }.filter { !$0.isEmpty }.map { .text($0) }
        }
        var entries: [Entry] = []
        for library in dataset.libraries {
            entries.append(Entry(kind: .library, id: library.id, name: library.name, nameEnglish: library.nameEnglish,
                                 context: joined([library.city, library.district, library.tier.rawValue])))
            for floor in library.floorsTopDown {
                for space in floor.spaces {
                    entries.append(Entry(kind: .space, id: space.id, name: space.name, nameEnglish: space.nameEnglish,
                                         context: joined([library.name, floor.displayLabel])))
                }
            }
            for space in library.spacesWithoutFloor {
                entries.append(Entry(kind: .space, id: space.id, name: space.name, nameEnglish: space.nameEnglish, context: joined([library.name])))
            }
        }
        for program in dataset.programs {
            entries.append(Entry(kind: .program, id: program.id, name: program.name, nameEnglish: program.nameEnglish,
                                 context: joined([names(program.libraries)])))
        }
        for event in dataset.events {
            entries.append(Entry(kind: .event, id: event.id, name: event.title, nameEnglish: event.titleEnglish,
                                 context: joined([DateSpanText.text(start: event.date, end: event.endDate ?? event.date, ongoing: false),
                                                   names(event.libraries)])))
        }
        for phase in dataset.phases {
            let known = phase.start != nil || phase.end != nil || phase.ongoing
            let span = known ? DateSpanText.text(start: phase.start, end: phase.end, ongoing: phase.ongoing) : nil
            entries.append(Entry(kind: .phase, id: phase.id, name: phase.title, nameEnglish: phase.titleEnglish,
                                 context: joined([span, names(phase.libraries)])))
        }
        for document in dataset.documents {
            entries.append(Entry(kind: .document, id: document.id, name: document.title, nameEnglish: document.titleEnglish,
                                 context: joined([document.year.map(String.init), names(document.issuers)])))
        }
        for organization in dataset.organizations {
            entries.append(Entry(kind: .organization, id: organization.id, name: organization.name, nameEnglish: organization.nameEnglish,
                                 context: joined([organization.parent.map { organizationNames[$0] ?? $0 }, organization.kind.rawValue])))
        }
        return entries
    }
}
