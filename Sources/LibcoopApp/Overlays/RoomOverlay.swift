import LibcoopCore
import LibcoopRender

/// One space of a library (Enter on the Floors tab's directory): its name in both languages, its
/// library, floor, kind and status, its whole note wrapped, its sources, and the events that took
/// place in it as links. Enter follows the selected link.
enum RoomOverlay {
    static func render(_ state: BrowserState, detail: RoomDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: RoomDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let space = detail.space
        let place = data.index.space(space.id)
        let library = place.flatMap { data.index.library($0.library) }
        let floor: String? = place.map { place in
            guard let level = place.floorLevel else { return language.pick("楼层不详", "floor not given") }
            return library?.floors.first { $0.level == level }?.displayLabel ?? Floor.defaultLabel(level: level)
        }
        let width = LinkedDetail.textWidth(in: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height))
        var lines: [Line] = [Line(space.name, style: Theme.heading)]
        if let english = space.nameEnglish, !english.isEmpty { lines.append(Line(english, style: Theme.heading)) }
        lines.append(.empty)
        let sources = space.sources.isEmpty ? (library?.sources ?? []) : space.sources
        lines += RecordLinkItem.fields([
            (language.pick("图书馆", "Library"), place.map { Line(data.ownerNameSpans($0.library, language)) }),
            (language.pick("楼层", "Floor"), floor.map { Line($0) }),
            (Space.Field.kind.label.text(in: language), Line(FloorsPane.kindName(space.kind, language))),
            (Space.Field.status.label.text(in: language), Line(FloorsPane.statusName(space.status, language))),
            (Space.Field.notes.label.text(in: language), space.notes.map { Line($0) }),
            (Space.Field.sources.label.text(in: language), RecordLinkItem.sources(sources, data: data, language: language).map { Line($0) }),
            (Space.Field.id.label.text(in: language), Line(space.id)),
        ], width: width)
        let items = detail.links.map { RecordLinkItem.item($0, data: data, language: language) }
        let title = [language.pick("空间", "Space"), floor].compactMap { $0 }.joined(separator: " \(Glyphs.current.dot) ")
        return DetailContent(title: title, text: lines, links: items, language: language)
    }
}
