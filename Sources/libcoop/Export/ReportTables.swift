import LibcoopApp
import LibcoopCore

/// A `CooperationReport` as titled tables in the reader's language, the same for the text,
/// Markdown and CSV forms: the events of each kind, the joint programs, the phases, the
/// documents, the totals per library and overall.
struct ReportTables {
    var report: CooperationReport
    var index: DatasetIndex
    var language: Language

    /// The report's title: the year and whose cooperation it covers.
    var heading: String {
        let whose = report.library.map { name($0.name, english: $0.nameEnglish) } ?? language.pick("全部图书馆", "all libraries")
        return language.pick("\(report.year) 年度市区联动合作报告：\(whose)", "Cooperation report \(report.year): \(whose)")
    }

    var tables: [SpreadsheetTable] {
        eventTables + [programTable, phaseTable, documentTable, libraryTotalsTable, overallTable]
    }

    private var eventTables: [SpreadsheetTable] {
        guard !report.eventGroups.isEmpty else {
            return [SpreadsheetTable(title: language.pick("活动（0）", "Events (0)"), headers: [], emptyNote: none)]
        }
        typealias Event = LinkageEvent.Field
        return report.eventGroups.map { group in
            var table = SpreadsheetTable(
                title: counted(group.kind.label, group.entries.count),
                headers: [pick(Event.date.label), pick(Event.id.label), pick(Event.title.label), pick(Event.libraries.label), pick(Event.participants.label)]
            )
            for entry in group.entries {
                table.rows.append([
                    dates(entry.event), entry.event.id, name(entry.event.title, english: entry.event.titleEnglish),
                    libraryNames(entry.event.libraries), participants(entry.participants),
                ])
                for part in entry.parts {
                    table.rows.append([dates(part), part.id, "↳ " + name(part.title, english: part.titleEnglish), libraryNames(part.libraries), ""])
                }
            }
            return table
        }
    }

    private var programTable: SpreadsheetTable {
        typealias Field = Program.Field
        var table = SpreadsheetTable(
            title: counted(FieldLabel("联合项目", "Joint programs"), report.programs.count),
            headers: [pick(Field.id.label), pick(Field.name.label), pick(Field.kind.label), pick(Field.lead.label),
                      pick(Field.partners.label), pick(Field.mode.label), pick(Field.status.label), language.pick("时间", "When")],
            emptyNote: none
        )
        for entry in report.programs {
            let program = entry.program
            table.rows.append([
                program.id, name(program.name, english: program.nameEnglish), program.kind.label.text(in: language),
                program.lead.map { libraryNames([$0]) } ?? "—", libraryNames(program.partners.filter { $0 != program.lead }),
                program.mode.map { $0.label.text(in: language) } ?? "—",
                program.status.map { $0.label.text(in: language) } ?? "—", when(entry),
            ])
        }
        return table
    }

    private var phaseTable: SpreadsheetTable {
        typealias Field = LinkagePhase.Field
        var table = SpreadsheetTable(
            title: counted(FieldLabel("推进中的阶段", "Phases under way"), report.phases.count),
            headers: [pick(Field.id.label), pick(Field.title.label), language.pick("起止", "From – to"), pick(Field.libraries.label)],
            emptyNote: none
        )
        for phase in report.phases {
            let span = DateSpanText.text(start: phase.start, end: phase.end, ongoing: phase.ongoing)
            table.rows.append([phase.id, name(phase.title, english: phase.titleEnglish), span, libraryNames(phase.libraries)])
        }
        return table
    }

    private var documentTable: SpreadsheetTable {
        typealias Field = Document.Field
        var table = SpreadsheetTable(
            title: counted(FieldLabel("工作方案与文件", "Work plans and documents"), report.documents.count),
            headers: [pick(Field.id.label), pick(Field.title.label), pick(Field.kind.label), pick(Field.year.label)],
            emptyNote: none, numericColumns: [3]
        )
        for document in report.documents {
            table.rows.append([
                document.id, name(document.title, english: document.titleEnglish), document.kind.label.text(in: language),
                document.year.map(String.init) ?? "—",
            ])
        }
        return table
    }

    private var libraryTotalsTable: SpreadsheetTable {
        var table = SpreadsheetTable(
            title: language.pick("各馆合计", "Totals per library"),
            headers: [pick(RecordType.library.label), language.pick("活动", "Events"), language.pick("牵头项目", "Programs led"),
                      language.pick("参与项目", "Programs as partner"), language.pick("阶段", "Phases"), language.pick("文件", "Documents")],
            emptyNote: none, numericColumns: [1, 2, 3, 4, 5]
        )
        for totals in report.libraryTotals {
            table.rows.append([
                name(totals.library.name, english: totals.library.nameEnglish), String(totals.events.count),
                String(totals.programsLed.count), String(totals.programsPartnered.count), String(totals.phases.count),
                String(totals.documents.count),
            ])
        }
        return table
    }

    private var overallTable: SpreadsheetTable {
        var table = SpreadsheetTable(title: language.pick("总计", "Overall"), headers: [language.pick("类别", "What"), language.pick("数量", "Count")], numericColumns: [1])
        for group in report.eventGroups { table.rows.append([pick(group.kind.label), String(group.entries.count)]) }
        table.rows.append([language.pick("活动合计", "All events"), String(report.eventIDs.count)])
        table.rows.append([language.pick("联合项目", "Joint programs"), String(report.programs.count)])
        table.rows.append([language.pick("推进中的阶段", "Phases under way"), String(report.phases.count)])
        table.rows.append([language.pick("工作方案与文件", "Work plans and documents"), String(report.documents.count)])
        return table
    }

    private var none: String { language.pick("无", "None") }

    /// "调研参观（1）", "Visits (1)".
    private func counted(_ label: FieldLabel, _ count: Int) -> String {
        language.pick("\(label.chinese)（\(count)）", "\(label.english) (\(count))")
    }

    private func dates(_ event: LinkageEvent) -> String {
        guard let end = event.endDate, end != event.date else { return event.date.description }
        return "\(event.date) – \(end)"
    }

    /// A program's dates, or for an undated one why it is in this year's report.
    private func when(_ entry: CooperationReport.ProgramEntry) -> String {
        switch entry.basis {
        case .dates:
            return DateSpanText.text(entry.program)
        case .namedByEvent(let event):
            return language.pick("未注明日期；见活动 \(event)", "undated; named by event \(event)")
        case .reportedBy(let source):
            let date = source.date?.description ?? String(report.year)
            return language.pick("未注明日期；\(date) 报道（\(source.id)）", "undated; reported \(date) (\(source.id))")
        }
    }

    /// "金陵图书馆：焦翔、张小琴；雨花台区图书馆：张庆文".
    private func participants(_ groups: [CooperationReport.ParticipantGroup]) -> String {
        groups.map { group in
            let people = group.people.map { name($0.name, english: $0.nameEnglish) }.joined(separator: language.pick("、", ", "))
            let side = group.affiliation.map { affiliationName($0) ?? $0 } ?? language.pick("其他", "Other")
            return side + language.pick("：", ": ") + people
        }.joined(separator: language.pick("；", "; "))
    }

    private func affiliationName(_ id: String) -> String? {
        if let library = index.library(id) { return name(library.name, english: library.nameEnglish) }
        return index.organization(id).map { name($0.name, english: $0.nameEnglish) }
    }

    private func libraryNames(_ ids: [String]) -> String {
        ids.map { id in index.library(id).map { name($0.name, english: $0.nameEnglish) } ?? id }.joined(separator: language.pick("、", ", "))
    }

    private func name(_ name: String, english: String?) -> String {
        if language == .english, let english, !english.isEmpty { return english }
        return name
    }

    private func pick(_ label: FieldLabel) -> String { language.pick(label.chinese, label.english) }
}
