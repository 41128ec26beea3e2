import LibcoopCore
import LibcoopRender

/// Tab 5: the history of the city–district cooperation. Each phase is drawn as a bar across the
/// years it spans, each event as a dot in its year and each document (a work plan) with its own
/// mark in its year and before its title, in date order with parts under their whole; the
/// selected entry's participants (a document's kind) and description are shown below. `y`
/// filters by year.
enum LinkagePane {
    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let entries = LinkageTab.entries(state)
        let filter = state.linkage.year.map { language.pick(" \(Glyphs.current.dot) \($0)年", " \(Glyphs.current.dot) \($0)") } ?? ""
        let block = PaneFrame.block("\(Tab.linkage.title(language))\(filter)", focused: focused)
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        guard !entries.isEmpty else {
            grid.write(language.pick("没有联动记录。", "No linkage records."), at: inner.origin, style: Theme.label, maxWidth: inner.width)
            return
        }
        let last = state.records.lastYear
        let first = state.records.firstYear ?? last
        let years = Array(first...max(first, last))
        let parts = Layout(.vertical, [.percentage(60), .fill(1)]).split(inner)
        // The year bars show when they leave the titles room enough to be read.
        let barWidth = years.count * 5
        let showsBars = inner.width - barWidth >= 44
        // The date column is as wide as the library's whole timeline needs, filtered or not, so
        // that `y` never moves the columns.
        let whenWidth = min(24, state.records.timeline.map { when($0).displayWidth }.max() ?? 4)
        var columns = [TableColumn(language.pick("时间", "When"), width: .fit(min: max(4, whenWidth), max: 24))]
        if showsBars { columns.append(TableColumn(years.map { String($0).padded(toWidth: 5) }.joined(), width: .fixed(barWidth))) }
        columns.append(TableColumn(language.pick("事项", "What"), width: .fill(1)))
        let rows = entries.map { entry -> TableRow in
            let mark = entry.kind == .document ? Glyphs.current.document + " " : ""
            let title = String(repeating: "  ", count: entry.depth) + mark + language.name(entry.title, english: entry.titleEnglish)
            var cells = [Line(when(entry), style: Theme.label)]
            if showsBars {
                cells.append(Line(bar(entry, years: years, lastYear: last), style: entry.kind == .phase ? Theme.accent : Theme.heading))
            }
            cells.append(Line(title))
            return TableRow(cells)
        }
        var selection = state.linkage.list
        Table(columns: columns, rows: rows, headerStyle: Theme.heading, highlightStyle: PaneFrame.highlight(focused: focused), columnSpacing: 2)
            .render(in: parts[0], into: &grid, state: &selection)
        let entry = entries[min(selection.selected ?? 0, entries.count - 1)]
        var lines: [Line] = [Line(String(repeating: Glyphs.current.rule, count: parts[1].width), style: Theme.label)]
        if entry.kind == .document, let document = data.index.document(entry.id) {
            // The list may cut a long title short: the selected document's is written whole here.
            lines.append(Line([Span(language.pick("文件  ", "Document  "), style: Theme.label),
                               Span(document.kind.label.text(in: language) + " \(Glyphs.current.dot) "),
                               Span(language.name(document.title, english: document.titleEnglish))]))
        }
        if !entry.participants.isEmpty {
            let names = entry.participants.map { id -> [Span] in
                guard let person = data.index.staffMember(id) else { return [Span.unbreakable(id)] }
                let title = language.text(person.title, english: person.titleEnglish)
                return language.nameSpans(person.name, english: person.nameEnglish) + (title.map { [Span(language.aside($0), wrapping: .keepTogetherWhenPossible)] } ?? [])
            }
            lines.append(Line([Span(language.pick("参加  ", "With  "), style: Theme.label)] + language.list(names)))
        }
        let description = language.text(entry.description, english: entry.descriptionEnglish)
        if let description { lines.append(Line(description)) }
        Paragraph(lines: lines).render(in: parts[1], into: &grid)
    }

    /// How the entry's dates are written everywhere (`DateSpanText`): "2018 – …", "2022-05-30", "? – …".
    static func when(_ entry: TimelineEntry) -> String { DateSpanText.text(entry, marks: Glyphs.current.dateMarks) }

    /// Five columns a year: a phase fills the years it spans, an event is a dot in its year and a
    /// document its mark.
    static func bar(_ entry: TimelineEntry, years: [Int], lastYear: Int) -> String {
        guard let start = entry.start?.year else {
            return entry.ongoing ? String(repeating: Glyphs.current.barDashed, count: years.count * 5) : ""
        }
        let end = entry.end?.year ?? (entry.ongoing ? lastYear : start)
        return years.map { year -> String in
            guard (start...max(start, end)).contains(year) else { return "     " }
            let glyphs = Glyphs.current
            switch entry.kind {
            case .event: return "  " + glyphs.barEvent + "  "
            case .document: return "  " + glyphs.document + "  "
            case .phase: break
            }
            let bar = String(repeating: glyphs.barFull, count: 4)
            return bar + (year == end && entry.ongoing ? glyphs.barOngoing : glyphs.barFull)
        }.joined()
    }
}
