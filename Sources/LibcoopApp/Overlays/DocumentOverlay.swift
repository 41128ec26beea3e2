import LibcoopCore
import LibcoopRender

/// A document that shapes the cooperation (a year's work plan), which has no tab of its own: its
/// title in both languages, kind, year, issuers, description and sources, then its links — the
/// libraries and organisations that issued it and the events that discuss it. Enter follows the
/// selected link.
enum DocumentOverlay {
    static func kindName(_ kind: Document.Kind, _ language: Language) -> String {
        kind.label.text(in: language)
    }

    static func render(_ state: BrowserState, detail: DocumentDetailState, into grid: inout Grid) {
        LinkedDetail.render(content(state, detail: detail), selection: detail.selection, language: state.language, into: &grid)
    }

    static func content(_ state: BrowserState, detail: DocumentDetailState) -> DetailContent {
        let language = state.language
        let data = state.data
        let document = detail.document
        let width = LinkedDetail.textWidth(in: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height))
        var lines: [Line] = [Line(document.title, style: Theme.heading)]
        if let english = document.titleEnglish, !english.isEmpty { lines.append(Line(english, style: Theme.heading)) }
        lines.append(.empty)
        let issuers = Line(language.list(document.issuers.map { data.ownerNameSpans($0, language) }))
        lines += RecordLinkItem.fields([
            (Document.Field.kind.label.text(in: language), Line(kindName(document.kind, language))),
            (Document.Field.year.label.text(in: language), document.year.map { Line(String($0)) }),
            (Document.Field.issuers.label.text(in: language), issuers),
            (Document.Field.description.label.text(in: language), document.description.map { Line($0) }),
            (Document.Field.sources.label.text(in: language), RecordLinkItem.sources(document.sources, data: data, language: language).map { Line($0) }),
            (Document.Field.id.label.text(in: language), Line(document.id)),
        ], width: width)
        let items = detail.links.map { RecordLinkItem.item($0, data: data, language: language) }
        let title = [language.pick("文件", "Document"), document.year.map(String.init)].compactMap { $0 }.joined(separator: " \(Glyphs.current.dot) ")
        return DetailContent(title: title, text: lines, links: items, language: language)
    }
}
