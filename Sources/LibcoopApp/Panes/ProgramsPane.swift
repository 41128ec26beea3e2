import LibcoopCore
import LibcoopRender

/// Tab 4: the joint programs the selected library leads or partners in — dates, online or on
/// site, lead and partner libraries — with the selected program's description below.
enum ProgramsPane {
    static func dates(_ program: Program) -> String { DateSpanText.text(program, marks: Glyphs.current.dateMarks) }

    static func modeName(_ mode: Program.Mode?, _ language: Language) -> String {
        mode?.label.text(in: language) ?? Glyphs.current.missing
    }

    static func render(_ state: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        let language = state.language
        let data = state.data
        let programs = state.records.programs
        let block = PaneFrame.block("\(Tab.programs.title(language)) (\(programs.count))", focused: focused)
        block.render(in: area, into: &grid)
        let inner = block.inner(area)
        guard !programs.isEmpty else {
            grid.write(language.pick("数据中没有这个馆的项目。", "The dataset lists no programs here."), at: inner.origin, style: Theme.label, maxWidth: inner.width)
            return
        }
        let parts = Layout(.vertical, [.percentage(55), .fill(1)]).split(inner)
        let columns = [
            TableColumn(language.pick("项目", "Program"), width: .fill(2)),
            TableColumn(language.pick("时间", "Dates"), width: .fit(min: 4, max: 20)),
            TableColumn(language.pick("方式", "Mode"), width: .fit(min: 4, max: 10)),
            TableColumn(language.pick("牵头", "Lead"), width: .fill(1)),
        ]
        let rows = programs.map { program in
            TableRow([
                Line(language.name(program.name, english: program.nameEnglish)),
                Line(dates(program), style: Theme.label),
                Line(modeName(program.mode, language)),
                Line(program.lead.map { data.ownerName($0, language) } ?? Glyphs.current.missing),
            ])
        }
        var selection = state.programs.list
        var table = Table(columns: columns, rows: rows, headerStyle: Theme.heading, highlightStyle: PaneFrame.highlight(focused: focused),
                          columnSpacing: 2)
        table.fitNames(column: 0, programs.map { NamePair($0.name, english: $0.nameEnglish) }, language: language, totalWidth: parts[0].width)
        table.fitNames(column: 3, programs.map { $0.lead.flatMap(data.ownerNamePair) }, language: language, totalWidth: parts[0].width)
        table.render(in: parts[0], into: &grid, state: &selection)
        let program = programs[min(selection.selected ?? 0, programs.count - 1)]
        var lines: [Line] = [Line(String(repeating: Glyphs.current.rule, count: parts[1].width), style: Theme.label)]
        let partners = program.partners.isEmpty ? [Span(Glyphs.current.missing)] : language.list(program.partners.map { data.ownerNameSpans($0, language) })
        lines.append(Line([Span(language.pick("合作馆  ", "Partners  "), style: Theme.label)] + partners))
        let description = language.text(program.description, english: program.descriptionEnglish)
        if let description { lines.append(Line(description)) }
        Paragraph(lines: lines).render(in: parts[1], into: &grid)
    }
}

extension String {
    /// The string, or nil when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}
