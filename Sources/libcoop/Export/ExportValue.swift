import LibcoopCore

/// One member's value in an export row: text (absent when `nil`), or the ids a reference member
/// holds (one for a single reference).
enum ExportValue {
    case text(String?)
    case ids([String])

    static func id(_ id: String?) -> ExportValue { .ids(id.map { [$0] } ?? []) }
    static func date(_ date: PartialDate?) -> ExportValue { .text(date?.description) }
    static func number(_ number: Int?) -> ExportValue { .text(number.map(String.init)) }
    static func flag(_ flag: Bool) -> ExportValue { .text(flag ? "true" : "false") }
}

/// Each kind's members as export values, one exhaustive `switch` per kind, so a member added to a
/// declaration is a compile error here until it is exported. Nested records (a library's floors)
/// are `nil`: they are exported as their own table (`spaces`).
enum ExportValues {
    static func value(_ field: StaffMember.Field, of person: StaffMember) -> ExportValue? {
        switch field {
        case .id: .text(person.id)
        case .name: .text(person.name)
        case .nameEnglish: .text(person.nameEnglish)
        case .library: .id(person.library)
        case .organization: .id(person.organization)
        case .department: .text(person.department)
        case .departmentEnglish: .text(person.departmentEnglish)
        case .title: .text(person.title)
        case .titleEnglish: .text(person.titleEnglish)
        case .sources: .ids(person.sources)
        }
    }

    static func value(_ field: Space.Field, of space: Space) -> ExportValue? {
        switch field {
        case .id: .text(space.id)
        case .name: .text(space.name)
        case .nameEnglish: .text(space.nameEnglish)
        case .kind: .text(space.kind.rawValue)
        case .status: .text(space.status.rawValue)
        case .notes: .text(space.notes)
        case .sources: .ids(space.sources)
        }
    }

    static func value(_ field: Program.Field, of program: Program) -> ExportValue? {
        switch field {
        case .id: .text(program.id)
        case .name: .text(program.name)
        case .nameEnglish: .text(program.nameEnglish)
        case .kind: .text(program.kind.rawValue)
        case .lead: .id(program.lead)
        case .partners: .ids(program.partners)
        case .organizations: .ids(program.organizations)
        case .mode: .text(program.mode?.rawValue)
        case .status: .text(program.status?.rawValue)
        case .start: .date(program.start)
        case .end: .date(program.end)
        case .description: .text(program.description)
        case .descriptionEnglish: .text(program.descriptionEnglish)
        case .sources: .ids(program.sources)
        }
    }

    static func value(_ field: LinkageEvent.Field, of event: LinkageEvent) -> ExportValue? {
        switch field {
        case .id: .text(event.id)
        case .title: .text(event.title)
        case .titleEnglish: .text(event.titleEnglish)
        case .date: .date(event.date)
        case .endDate: .date(event.endDate)
        case .parent: .id(event.parent)
        case .libraries: .ids(event.libraries)
        case .organizations: .ids(event.organizations)
        case .participants: .ids(event.participants)
        case .programs: .ids(event.programs)
        case .documents: .ids(event.documents)
        case .spaces: .ids(event.spaces)
        case .description: .text(event.description)
        case .descriptionEnglish: .text(event.descriptionEnglish)
        case .sources: .ids(event.sources)
        }
    }

    static func value(_ field: LinkagePhase.Field, of phase: LinkagePhase) -> ExportValue? {
        switch field {
        case .id: .text(phase.id)
        case .title: .text(phase.title)
        case .titleEnglish: .text(phase.titleEnglish)
        case .start: .date(phase.start)
        case .end: .date(phase.end)
        case .ongoing: .flag(phase.ongoing)
        case .parent: .id(phase.parent)
        case .libraries: .ids(phase.libraries)
        case .organizations: .ids(phase.organizations)
        case .description: .text(phase.description)
        case .descriptionEnglish: .text(phase.descriptionEnglish)
        case .sources: .ids(phase.sources)
        }
    }

    static func value(_ field: Document.Field, of document: Document) -> ExportValue? {
        switch field {
        case .id: .text(document.id)
        case .title: .text(document.title)
        case .titleEnglish: .text(document.titleEnglish)
        case .kind: .text(document.kind.rawValue)
        case .year: .number(document.year)
        case .issuers: .ids(document.issuers)
        case .description: .text(document.description)
        case .sources: .ids(document.sources)
        }
    }

    static func value(_ field: Library.Field, of library: Library) -> ExportValue? {
        switch field {
        case .id: .text(library.id)
        case .name: .text(library.name)
        case .nameEnglish: .text(library.nameEnglish)
        case .tier: .text(library.tier.rawValue)
        case .city: .text(library.city)
        case .district: .text(library.district)
        case .pairedWith: .id(library.pairedWith)
        case .address: .text(library.address)
        case .floors, .spacesWithoutFloor: nil
        case .notes: .text(library.notes)
        case .sources: .ids(library.sources)
        }
    }

    static func value(_ field: Organization.Field, of organization: Organization) -> ExportValue? {
        switch field {
        case .id: .text(organization.id)
        case .name: .text(organization.name)
        case .nameEnglish: .text(organization.nameEnglish)
        case .kind: .text(organization.kind.rawValue)
        case .parent: .id(organization.parent)
        case .sources: .ids(organization.sources)
        }
    }
}
