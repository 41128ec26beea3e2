import LibcoopCore
import LibcoopRender

/// Where a record belongs, in the UI's language, for the `:` search's location column: a
/// library's place and level, a space's library and floor, a person's library and department,
/// the libraries of a program, event or phase, a document's year and issuers, an
/// organisation's parent and kind. Names follow `Language.name` and kinds are words of the UI's
/// language, never the dataset's raw values.
enum RecordLocation {
    static func text(_ reference: RecordReference, data: BrowserData, language: Language) -> String {
        let index = data.index
        func joined(_ parts: [String?]) -> String {
            parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " \(Glyphs.current.dot) ")
        }
        func names(_ ids: [String]) -> String {
            language.list(ids.map { data.ownerName($0, language) })
        }
        switch reference.kind {
        case .library:
            guard let library = index.library(reference.id) else { return "" }
            return joined([library.city, library.district, OverviewContent.tierName(library.tier, language)])
        case .space:
            guard let place = index.space(reference.id) else { return "" }
            let floor = place.floorLevel.map { level in
                index.library(place.library)?.floors.first { $0.level == level }?.displayLabel ?? Floor.defaultLabel(level: level)
            }
            return joined([data.ownerName(place.library, language), floor])
        case .program:
            return index.program(reference.id).map { names($0.libraries) } ?? ""
        case .event:
            guard let event = index.event(reference.id) else { return "" }
            return joined([event.date.description, names(event.libraries)])
        case .phase:
            guard let phase = index.phase(reference.id) else { return "" }
            let known = phase.start != nil || phase.end != nil || phase.ongoing
            let span = known ? DateSpanText.text(start: phase.start, end: phase.end, ongoing: phase.ongoing, marks: Glyphs.current.dateMarks) : nil
            return joined([span, names(phase.libraries)])
        case .document:
            guard let document = index.document(reference.id) else { return "" }
            return joined([document.year.map(String.init), names(document.issuers)])
        case .organization:
            guard let organization = index.organization(reference.id) else { return "" }
            return joined([organization.parent.map { data.ownerName($0, language) }, organizationKindName(organization.kind, language)])
        case .staff:
            guard let person = index.staffMember(reference.id) else { return "" }
            return joined([(person.library ?? person.organization).map { data.ownerName($0, language) },
                           language.text(person.department, english: person.departmentEnglish)])
        }
    }

    static func organizationKindName(_ kind: Organization.Kind, _ language: Language) -> String {
        switch kind {
        case .bureau: language.pick("局", "bureau")
        case .partyCommittee: language.pick("党委", "party committee")
        case .company: language.pick("公司", "company")
        case .other: language.pick("其他机构", "other body")
        }
    }
}
