import LibcoopCore
import LibcoopRender

/// A phase or event of the linkage timeline in full: when, what, and its links — the libraries
/// it involves and the people who took part. Enter follows the selected link.
enum EntryOverlay {
    static func render(_ state: BrowserState, detail: EntryDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: EntryDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let entry = detail.entry
        let kind = entry.kind == .phase ? language.pick("阶段", "Phase") : language.pick("事件", "Event")
        let description = language.text(entry.description, english: entry.descriptionEnglish)
        var lines: [Line] = [Line(language.titleSpans(entry.title, english: entry.titleEnglish, style: Theme.heading))]
        if let description { lines.append(Line(description)) }
        let items = detail.links.map { link -> ListItem in
            switch link.kind {
            case .staff:
                guard let person = data.index.staffMember(link.id) else { return ListItem(link.id) }
                let title = language.text(person.title, english: person.titleEnglish)
                let owner = (person.library ?? person.organization).map { data.ownerName($0, language) } ?? ""
                return ListItem(Line([Span(Glyphs.current.event + " "), Span(language.name(person.name, english: person.nameEnglish)),
                                      Span("  " + [owner, title ?? ""].filter { !$0.isEmpty }.joined(separator: " \(Glyphs.current.dot) "), style: Theme.label)]))
            case .document, .organization:
                return RecordLinkItem.item(link, data: data, language: language)
            case .library, .space, .program, .event, .phase:
                return ListItem(Line([Span(Glyphs.current.link + " "), Span(data.ownerName(link.id, language))]))
            }
        }
        return DetailContent(title: "\(kind) \(Glyphs.current.dot) \(LinkagePane.when(entry))", text: lines, links: items, language: language)
    }
}
