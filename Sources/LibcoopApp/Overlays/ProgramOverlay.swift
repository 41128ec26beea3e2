import LibcoopCore
import LibcoopRender

/// A joint program in full: kind, dates, how it ran, the organisations involved and its
/// description, then its links — the lead library, the partner libraries and the linkage events
/// that name it. Enter on a library shows the program in that library's Programs tab; Enter on
/// an event shows it on the Linkage tab.
enum ProgramOverlay {
    static func kindName(_ kind: Program.Kind, _ language: Language) -> String {
        kind.label.text(in: language)
    }

    static func statusName(_ status: Program.Status?, _ language: Language) -> String? {
        status?.label.text(in: language)
    }

    static func render(_ state: BrowserState, detail: ProgramDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: ProgramDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let program = detail.program
        let dates = program.start == nil && program.end == nil ? "" : " \(Glyphs.current.dot) \(ProgramsPane.dates(program))"
        let facts = [kindName(program.kind, language), ProgramsPane.modeName(program.mode, language), statusName(program.status, language)]
            .compactMap { $0 }.filter { $0 != Glyphs.current.missing }.joined(separator: " \(Glyphs.current.dot) ")
        var lines: [Line] = [
            Line(language.titleSpans(program.name, english: program.nameEnglish, style: Theme.heading)),
            Line(facts, style: Theme.label),
        ]
        if !program.organizations.isEmpty {
            lines.append(Line([Span(Program.Field.organizations.label.text(in: language) + "  ", style: Theme.label)]
                              + language.list(program.organizations.map { data.ownerNameSpans($0, language) })))
        }
        let description = language.text(program.description, english: program.descriptionEnglish)
        if let description { lines.append(Line(description)) }
        let items = detail.links.map { link -> ListItem in
            switch link.kind {
            case .event:
                let event = data.index.event(link.id)
                return ListItem(Line([Span(Glyphs.current.event + " "), Span(event?.date.description ?? "", style: Theme.label), Span("  "),
                                      Span(event.map { language.name($0.title, english: $0.titleEnglish) } ?? link.id)]))
            case .library, .space, .program, .phase, .document, .organization, .staff:
                let role = link.id == program.lead ? language.pick("  牵头", "  lead") : language.pick("  合作", "  partner")
                return ListItem(Line([Span(Glyphs.current.link + " "), Span(data.ownerName(link.id, language)), Span(role, style: Theme.label)]))
            }
        }
        return DetailContent(title: language.pick("项目", "Program") + dates, text: lines, links: items, language: language)
    }
}
