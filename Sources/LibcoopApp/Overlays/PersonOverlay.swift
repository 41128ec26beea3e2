import LibcoopCore
import LibcoopRender

/// One person: name, pinyin, organisation, department and title, and the events they took part
/// in. The library and each event are links: Enter follows the selected one.
enum PersonOverlay {
    static func render(_ state: BrowserState, detail: PersonDetailState, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let person = data.dataset.staff[detail.staff]
        let frame = BrowserLayout.overlayFrame(in: grid.area, maxWidth: 90)
        let inner = OverlayFrame.open(language.name(person.name, english: person.nameEnglish), frame: frame, into: &grid)
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
        var lines: [Line] = [
            Line([Span(person.name, style: Theme.heading), Span("  " + (data.staffIndex?.pinyin(ofStaffAt: detail.staff) ?? ""), style: Theme.label),
                  Span(person.nameEnglish.map { "  " + $0 } ?? "")]),
            .empty,
        ]
        lines += fields.map { field, value in
            Line([Span(field.label.text(in: language).padded(toWidth: labelWidth), style: Theme.label), Span(value ?? Glyphs.current.missing)])
        }
        lines.append(.empty)
        Paragraph(lines: lines, wraps: false).render(in: inner, into: &grid)
        lines.removeAll()
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
        let listArea = inner.inset(top: 7)
        if items.isEmpty { return }
        grid.write(language.pick("链接（Enter 打开）", "Links (Enter opens)"), at: listArea.origin, style: Theme.heading, maxWidth: listArea.width)
        var selection = detail.selection
        ListView(items: items, highlightStyle: Theme.selected, highlightSymbol: "")
            .render(in: listArea.inset(top: 1), into: &grid, state: &selection)
    }
}
