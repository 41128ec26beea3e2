import LibcoopCore
import LibcoopRender

/// How a link to any kind of record reads in the list of a detail overlay: `●` and a date for
/// what happened (events, phases), `→` and the name with its kind for places and things. One
/// switch over every `RecordKind`, so a new kind must say how it reads.
enum RecordLinkItem {
    static func item(_ link: RecordReference, data: BrowserData, language: Language) -> ListItem {
        let id = link.id
        let kind = Span("  " + RecordSearchOverlay.kindName(link.kind, language), style: Theme.label)
        switch link.kind {
        case .event:
            let event = data.index.event(id)
            return ListItem(Line([Span(Glyphs.current.event + " "), Span(event?.date.description ?? "", style: Theme.label), Span("  "),
                                  Span(event.map { language.name($0.title, english: $0.titleEnglish) } ?? id)]))
        case .phase:
            let phase = data.index.phase(id)
            return ListItem(Line([Span(Glyphs.current.event + " "), Span(phase.map { language.name($0.title, english: $0.titleEnglish) } ?? id), kind]))
        case .staff:
            guard let person = data.index.staffMember(id) else { return ListItem(Line([Span(Glyphs.current.event + " " + id), kind])) }
            let title = language == .english ? (person.titleEnglish ?? person.title) : person.title
            return ListItem(Line([Span(Glyphs.current.event + " "), Span(language.name(person.name, english: person.nameEnglish)),
                                  Span(title.map { "  " + $0 } ?? "", style: Theme.label)]))
        case .library, .organization:
            return ListItem(Line([Span(Glyphs.current.link + " "), Span(data.ownerName(id, language)), kind]))
        case .program:
            let name = data.index.program(id).map { language.name($0.name, english: $0.nameEnglish) } ?? id
            return ListItem(Line([Span(Glyphs.current.link + " "), Span(name), kind]))
        case .document:
            let title = data.index.document(id).map { language.name($0.title, english: $0.titleEnglish) } ?? id
            return ListItem(Line([Span(Glyphs.current.link + " "), Span(title), kind]))
        case .space:
            let name = data.index.space(id).map { language.name($0.space.name, english: $0.space.nameEnglish) } ?? id
            return ListItem(Line([Span(Glyphs.current.link + " "), Span(name), kind]))
        }
    }

    /// `label  value` rows whose labels share one column as wide as the widest label (in display
    /// width) plus a gap, and whose values wrap under themselves in `width` columns. Rows without
    /// a value are left out.
    static func fields(_ rows: [(label: String, value: String?)], width: Int) -> [Line] {
        fields(rows.map { ($0.label, $0.value.map { Line($0) }) }, width: width)
    }

    /// `fields` with values already made into lines (names kept whole: `Language.nameSpans`).
    static func fields(_ rows: [(label: String, value: Line?)], width: Int) -> [Line] {
        let shown = rows.compactMap { row in row.value.flatMap { $0.plainText.isEmpty ? nil : (row.label, $0) } }
        let labelWidth = (shown.map { $0.0.displayWidth }.max() ?? 0) + 2
        return shown.flatMap { LabelledLines.field($0.0, $0.1, labelWidth: labelWidth, width: width) }
    }

    /// The sources `ids` by title (in `language` when it has one), each with its site and date.
    static func sources(_ ids: [String], data: BrowserData, language: Language) -> String? {
        let titles = ids.map { id -> String in
            guard let source = data.index.source(id) else { return id }
            let details = [source.site, source.date?.description].compactMap { $0 }.joined(separator: ", ")
            let title = language.name(source.title, english: source.titleEnglish)
            return details.isEmpty ? title : "\(title) (\(details))"
        }
        return titles.isEmpty ? nil : titles.joined(separator: language.pick("；", "; "))
    }
}
