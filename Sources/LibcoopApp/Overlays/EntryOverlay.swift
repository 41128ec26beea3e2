import LibcoopCore
import LibcoopRender

/// A phase or event of the linkage timeline in full: when, what, and its links — the libraries
/// it involves and the people who took part. Enter follows the selected link.
enum EntryOverlay {
    /// What a line of the entry's links leads to.
    enum Link: Hashable {
        case library(String)
        case person(Int)
    }

    static func links(_ entry: TimelineEntry, _ data: BrowserData) -> [Link] {
        entry.participants.compactMap { data.staffPositions[$0].map(Link.person) }
            + entry.libraries.filter { data.libraryPosition($0) != nil }.map(Link.library)
    }

    static func render(_ state: BrowserState, detail: EntryDetailState, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let entry = detail.entry
        let kind = entry.kind == .phase ? language.pick("阶段", "Phase") : language.pick("事件", "Event")
        let links = links(entry, data)
        let description = language == .english ? (entry.descriptionEnglish ?? entry.description) : entry.description
        var lines: [Line] = [Line(language.name(entry.title, english: entry.titleEnglish), style: Theme.heading)]
        if let description { lines.append(Line(description)) }
        let items = links.map { link -> ListItem in
            switch link {
            case .person(let position):
                let person = data.dataset.staff[position]
                let title = language == .english ? (person.titleEnglish ?? person.title) : person.title
                let owner = (person.library ?? person.organization).map { data.ownerName($0, language) } ?? ""
                return ListItem(Line([Span("● "), Span(language.name(person.name, english: person.nameEnglish)),
                                      Span("  " + [owner, title ?? ""].filter { !$0.isEmpty }.joined(separator: " · "), style: Theme.label)]))
            case .library(let id):
                return ListItem(Line([Span("→ "), Span(data.ownerName(id, language))]))
            }
        }
        LinkedDetail.render(title: "\(kind) · \(LinkagePane.when(entry))", text: lines, links: items, selection: detail.selection,
                            language: language, into: &grid)
    }
}
