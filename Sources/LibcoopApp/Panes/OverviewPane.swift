import LibcoopCore
import LibcoopRender

/// Tab 1: what the dataset says about the selected library — level, district, the central library
/// it is paired with, address, counts, and the sources its records cite.
enum OverviewPane {
    static func lines(_ state: BrowserState) -> [Line] {
        guard let library = state.selectedLibrary else { return [Line(state.language.pick("没有图书馆。", "No libraries."))] }
        let language = state.language
        let data = state.data
        let counts = data.counts[library.id] ?? LibraryCounts()
        func row(_ label: String, _ value: String?) -> Line {
            Line([Span(label.padded(toWidth: 13), style: Theme.label), Span(value ?? "—")])
        }
        var lines: [Line] = [
            Line(library.name, style: Theme.heading),
        ]
        if let english = library.nameEnglish { lines.append(Line(english, style: Theme.label)) }
        lines.append(.empty)
        lines.append(row(language.pick("级别", "Level"), tierName(library.tier, language)))
        lines.append(row(language.pick("所在地", "Place"), [library.city, library.district].compactMap { $0 }.joined(separator: " ")))
        lines.append(row(language.pick("结对", "Paired with"), library.pairedWith.map { data.ownerName($0, language) }))
        let partners = state.records.partners
        if !partners.isEmpty {
            lines.append(row(language.pick("结对分馆", "Partners"), partners.map { language.name($0.name, english: $0.nameEnglish) }.joined(separator: "、")))
        }
        lines.append(row(language.pick("地址", "Address"), library.address))
        lines.append(row(language.pick("记录", "Records"),
                         language.pick("\(counts.floors) 层 · \(counts.spaces) 个空间 · \(counts.staff) 人 · \(counts.programs) 个项目 · \(counts.events) 个事件",
                                       "\(counts.floors) floors · \(counts.spaces) spaces · \(counts.staff) staff · \(counts.programs) programs · \(counts.events) events")))
        if let notes = library.notes {
            lines.append(.empty)
            lines.append(Line(notes))
        }
        lines.append(.empty)
        lines.append(Line(language.pick("来源", "Sources"), style: Theme.heading))
        for id in state.records.sources {
            guard let source = data.index.source(id) else { continue }
            let facts = [source.site, source.publisher, source.author, source.date?.description].compactMap { $0 }.joined(separator: " · ")
            lines.append(Line([Span("• "), Span(language.name(source.title, english: source.titleEnglish))]))
            if !facts.isEmpty { lines.append(Line("  " + facts, style: Theme.label)) }
            if source.synthetic { lines.append(Line(language.pick("  （合成数据）", "  (synthetic data)"), style: Theme.warning)) }
        }
        return lines
    }

    static func tierName(_ tier: Library.Tier, _ language: Language) -> String {
        switch tier {
        case .national: language.pick("国家级", "national")
        case .provincial: language.pick("省级", "provincial")
        case .municipal: language.pick("市级", "municipal")
        case .district: language.pick("区级", "district")
        case .county: language.pick("县级", "county")
        case .township: language.pick("乡镇", "township")
        case .community: language.pick("社区", "community")
        }
    }

    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        Paragraph(lines: lines(state), block: PaneFrame.block(Tab.overview.title(state.language), focused: focused),
                  scroll: state.overview.scroll)
            .render(in: area, into: &grid)
    }
}
