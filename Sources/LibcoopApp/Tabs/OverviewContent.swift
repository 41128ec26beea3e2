import LibcoopCore
import LibcoopRender

/// The Overview tab's text, derived from the selected library: the pane draws it, and the tab
/// measures it to know how far it can scroll. Built from the data only, never from drawing.
enum OverviewContent {
    /// The tab's lines wrapped to `width` columns, field values hanging under themselves.
    static func lines(library: Library?, records: LibraryRecords, data: BrowserData, language: Language, width: Int) -> [Line] {
        guard let library else { return [Line(language.pick("没有图书馆。", "No libraries."))] }
        let counts = data.counts[library.id] ?? LibraryCounts()
        var lines: [Line] = []
        func row(_ label: String, _ value: Line?) {
            lines += LabelledLines.field(label, value ?? Line(Glyphs.current.missing), labelWidth: 13, width: width)
        }
        func row(_ label: String, _ value: String?) {
            row(label, value.map { Line($0) })
        }
        func text(_ line: Line, indent: Int = 0) {
            lines += LabelledLines.indented(line, indent: indent, width: width)
        }
        text(Line(library.name, style: Theme.heading))
        if let english = library.nameEnglish { text(Line(english, style: Theme.label)) }
        lines.append(.empty)
        row(language.pick("级别", "Level"), tierName(library.tier, language))
        row(language.pick("所在地", "Place"), place(library).map { _ in placeLine(library) })
        row(language.pick("结对", "Paired with"), library.pairedWith.map { Line(data.ownerNameSpans($0, language)) })
        let partners = records.partners
        if !partners.isEmpty {
            row(language.pick("结对分馆", "Partners"), Line(language.list(partners.map { language.nameSpans($0.name, english: $0.nameEnglish) })))
        }
        row(language.pick("地址", "Address"), library.address)
        row(language.pick("记录", "Records"), counts.line(language))
        if let notes = library.notes {
            lines.append(.empty)
            text(Line(BilingualNote(notes).text(language)))
        }
        lines.append(.empty)
        text(Line(language.pick("来源", "Sources"), style: Theme.heading))
        for id in records.sources {
            guard let source = data.index.source(id) else { continue }
            // The site, publisher, author and date are names and a date: each is kept whole.
            let facts = [source.site, source.publisher, source.author, source.date?.description].compactMap { $0 }
                .enumerated().flatMap { position, fact in
                    (position > 0 ? [Span(" \(Glyphs.current.dot) ", style: Theme.label)] : []) + [Span.unbreakable(fact, style: Theme.label)]
                }
            lines += LabelledLines.indented(Line(language.titleSpans(source.title, english: source.titleEnglish)), indent: 2, width: width, first: Span(Glyphs.current.bullet + " "))
            if !facts.isEmpty { text(Line(facts), indent: 2) }
            if source.synthetic { text(Line(language.pick("（合成数据）", "(synthetic data)"), style: Theme.warning), indent: 2) }
        }
        return lines
    }

    /// The city and district as the dataset writes them, in both languages: they are names, the
    /// dataset gives no English form of them, and libcoop does not invent one (the English UI
    /// shows the original as it does any name without an English form). Nil when neither is given.
    static func place(_ library: Library) -> String? {
        [library.city, library.district].compactMap { $0 }.joined(separator: " ").nonEmpty
    }

    /// `place` with the city and the district each kept whole when the line wraps.
    static func placeLine(_ library: Library) -> Line {
        let names = [library.city, library.district].compactMap { $0 }.filter { !$0.isEmpty }
        return Line(names.enumerated().flatMap { position, name in (position > 0 ? [Span(" ")] : []) + [Span.unbreakable(name)] })
    }

    static func tierName(_ tier: Library.Tier, _ language: Language) -> String {
        tier.label.text(in: language)
    }
}
