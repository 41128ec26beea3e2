import LibcoopCore
import LibcoopRender

/// An organisation that is not a library (a district bureau, a party committee), which has no
/// tab of its own: its name in both languages, kind, parent and sources, then its links — the
/// parent, the people in it, and the events and programs that name it. Enter follows the
/// selected link.
enum OrganizationOverlay {
    static func kindName(_ kind: Organization.Kind, _ language: Language) -> String {
        kind.label.text(in: language)
    }

    static func render(_ state: BrowserState, detail: OrganizationDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: OrganizationDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let organization = detail.organization
        let width = LinkedDetail.textWidth(in: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height))
        var lines: [Line] = [Line(organization.name, style: Theme.heading)]
        if let english = organization.nameEnglish, !english.isEmpty { lines.append(Line(english, style: Theme.heading)) }
        lines.append(.empty)
        let people = data.staffByLibrary[organization.id]?.count ?? 0
        lines += RecordLinkItem.fields([
            (Organization.Field.kind.label.text(in: language), kindName(organization.kind, language)),
            (Organization.Field.parent.label.text(in: language), organization.parent.map { data.ownerName($0, language) }),
            (language.pick("人员", "People"), people == 0 ? nil : language.pick("\(people) 人", people == 1 ? "1 person" : "\(people) people")),
            (Organization.Field.sources.label.text(in: language), RecordLinkItem.sources(organization.sources, data: data, language: language)),
            (Organization.Field.id.label.text(in: language), organization.id),
        ], width: width)
        let items = detail.links.map { RecordLinkItem.item($0, data: data, language: language) }
        return DetailContent(title: language.pick("机构", "Organisation"), text: lines, links: items, language: language)
    }
}
