import LibcoopCore

/// A `CooperationReport` as JSON for scripts: every count comes with the ids of the records
/// behind it, so each figure can be traced. Record members keep their declared names.
struct ReportJSON: Encodable {
    var report: CooperationReport

    private struct Counted: Encodable {
        var count: Int
        var ids: [String]
        init(_ ids: [String]) {
            self.ids = ids
            count = ids.count
        }
    }

    private struct EventGroupEntry: Encodable {
        var group: CooperationReport.EventGroup

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(group.kind, forKey: OutputKey(own: "kind"))
            try container.encode(group.entries.count, forKey: OutputKey(own: "count"))
            try container.encode(group.ids, forKey: OutputKey(own: "ids"))
            try container.encode(group.entries.map(EventEntry.init), forKey: OutputKey(own: "events"))
        }
    }

    private struct EventEntry: Encodable {
        var entry: CooperationReport.EventEntry

        func encode(to encoder: Encoder) throws {
            typealias Field = LinkageEvent.Field
            var container = encoder.container(keyedBy: OutputKey.self)
            let event = entry.event
            try container.encode(event.id, forKey: OutputKey(Field.id))
            try container.encode(event.title, forKey: OutputKey(Field.title))
            try container.encodeIfPresent(event.titleEnglish, forKey: OutputKey(Field.titleEnglish))
            try container.encode(event.date, forKey: OutputKey(Field.date))
            try container.encodeIfPresent(event.endDate, forKey: OutputKey(Field.endDate))
            try container.encodeIfPresent(event.parent, forKey: OutputKey(Field.parent))
            try container.encode(event.libraries, forKey: OutputKey(Field.libraries))
            try container.encode(entry.parts.map(\.id), forKey: OutputKey(own: "parts"))
            try container.encode(entry.participants.map(ParticipantEntry.init), forKey: OutputKey(Field.participants))
        }
    }

    private struct ParticipantEntry: Encodable {
        var group: CooperationReport.ParticipantGroup

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(group.affiliation, forKey: OutputKey(own: "affiliation"))
            try container.encode(group.people.map(\.id), forKey: OutputKey(own: "ids"))
        }
    }

    private struct ProgramEntry: Encodable {
        var entry: CooperationReport.ProgramEntry

        func encode(to encoder: Encoder) throws {
            typealias Field = Program.Field
            var container = encoder.container(keyedBy: OutputKey.self)
            let program = entry.program
            try container.encode(program.id, forKey: OutputKey(Field.id))
            try container.encode(program.name, forKey: OutputKey(Field.name))
            try container.encode(program.kind, forKey: OutputKey(Field.kind))
            try container.encodeIfPresent(program.lead, forKey: OutputKey(Field.lead))
            try container.encode(program.partners, forKey: OutputKey(Field.partners))
            try container.encodeIfPresent(program.mode, forKey: OutputKey(Field.mode))
            try container.encodeIfPresent(program.status, forKey: OutputKey(Field.status))
            try container.encodeIfPresent(program.start, forKey: OutputKey(Field.start))
            try container.encodeIfPresent(program.end, forKey: OutputKey(Field.end))
            switch entry.basis {
            case .dates:
                try container.encode("dates", forKey: OutputKey(own: "basis"))
            case .namedByEvent(let event):
                try container.encode("named_by_event", forKey: OutputKey(own: "basis"))
                try container.encode(event, forKey: OutputKey(own: "basis_record"))
            case .reportedBy(let source):
                try container.encode("reported_by_source", forKey: OutputKey(own: "basis"))
                try container.encode(source.id, forKey: OutputKey(own: "basis_record"))
            }
        }
    }

    private struct LibraryEntry: Encodable {
        var totals: CooperationReport.LibraryTotals

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: OutputKey.self)
            try container.encode(totals.library.id, forKey: OutputKey(Library.Field.id))
            try container.encode(totals.library.name, forKey: OutputKey(Library.Field.name))
            try container.encode(Counted(totals.events), forKey: OutputKey(own: "events"))
            try container.encode(Counted(totals.programsLed), forKey: OutputKey(own: "programs_led"))
            try container.encode(Counted(totals.programsPartnered), forKey: OutputKey(own: "programs_partnered"))
            try container.encode(Counted(totals.phases), forKey: OutputKey(own: "phases"))
            try container.encode(Counted(totals.documents), forKey: OutputKey(own: "documents"))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: OutputKey.self)
        try container.encode(report.year, forKey: OutputKey(own: "year"))
        try container.encode(report.library?.id, forKey: OutputKey(own: "library"))
        try container.encode(report.eventGroups.map(EventGroupEntry.init), forKey: OutputKey(own: "events"))
        try container.encode(report.programs.map(ProgramEntry.init), forKey: OutputKey(own: "programs"))
        try container.encode(report.phases.map(\.id), forKey: OutputKey(own: "phases"))
        try container.encode(report.documents.map(\.id), forKey: OutputKey(own: "documents"))
        try container.encode(report.libraryTotals.map(LibraryEntry.init), forKey: OutputKey(own: "libraries"))
        var totals: [String: Counted] = [
            "events": Counted(report.eventIDs),
            "programs": Counted(report.programs.map(\.program.id)),
            "phases": Counted(report.phases.map(\.id)),
            "documents": Counted(report.documents.map(\.id)),
        ]
        for group in report.eventGroups { totals["events_" + group.kind.rawValue] = Counted(group.ids) }
        try container.encode(totals, forKey: OutputKey(own: "totals"))
    }
}
