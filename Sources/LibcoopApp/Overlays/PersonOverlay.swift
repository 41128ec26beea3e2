import LibcoopCore
import LibcoopRender

/// One person: name, pinyin, organisation, department and title, and the events they took part
/// in. The library and each event are links: Enter follows the selected one.
enum PersonOverlay {
    static func render(_ state: BrowserState, detail: PersonDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: PersonDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let person = data.dataset.staff[detail.staff]
        let department = language.text(person.department, english: person.departmentEnglish)
        let title = language.text(person.title, english: person.titleEnglish)
        let owner: StaffMember.Field = person.library == nil && person.organization != nil ? .organization : .library
        let fields: [(StaffMember.Field, String?)] = [
            (owner, (person.library ?? person.organization).map { data.ownerName($0, language) }),
            (.department, department),
            (.title, title),
            (.id, person.id),
        ]
        let labelWidth = (fields.map { $0.0.label.text(in: language).displayWidth }.max() ?? 0) + 2
        let width = LinkedDetail.textWidth(in: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height))
        var lines: [Line] = [
            Line([Span(person.name, style: Theme.heading), Span("  " + (data.staffIndex?.pinyin(ofStaffAt: detail.staff) ?? ""), style: Theme.label),
                  Span(person.nameEnglish.map { "  " + $0 } ?? "")]),
            .empty,
        ]
        for (field, value) in fields {
            lines += LabelledLines.field(field.label.text(in: language), Line(value ?? Glyphs.current.missing), labelWidth: labelWidth, width: width)
        }
        let items = detail.links.map { link -> ListItem in
            switch link.kind {
            case .event:
                let event = data.index.event(link.id)
                return ListItem(Line([Span(Glyphs.current.event + " "), Span(event?.date.description ?? "", style: Theme.label), Span("  "),
                                      Span(event.map { language.name($0.title, english: $0.titleEnglish) } ?? link.id)]))
            case .library, .space, .program, .phase, .document, .organization, .staff:
                return ListItem(Line([Span(Glyphs.current.link + " "), Span(data.ownerName(link.id, language)), Span(language.pick("  （人员）", "  (staff)"), style: Theme.label)]))
            }
        }
        return DetailContent(title: language.name(person.name, english: person.nameEnglish), text: lines, links: items, language: language)
    }
}
