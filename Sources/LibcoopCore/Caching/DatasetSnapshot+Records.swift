/// How each kind of record is written in a snapshot and read back: member by member, in the
/// order its `Field` declares them.
extension DatasetSnapshot {
    static func write(_ info: DatasetInfo, to writer: inout SnapshotWriter) {
        writer.text(info.name)
        writer.text(info.nameEnglish)
        writer.text(info.description)
        writer.boolean(info.synthetic)
    }

    static func readInfo(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> DatasetInfo {
        DatasetInfo(name: try reader.text(), nameEnglish: try reader.optionalText(), description: try reader.optionalText(),
                    synthetic: try reader.boolean())
    }

    static func write(_ source: Source, to writer: inout SnapshotWriter) {
        writer.text(source.id)
        writer.text(source.title)
        writer.text(source.titleEnglish)
        writer.text(source.site)
        writer.text(source.publisher)
        writer.text(source.author)
        writer.text(source.postedBy)
        writer.text(source.contributedBy)
        writer.date(source.date)
        writer.text(source.url)
        writer.boolean(source.synthetic)
        writer.text(source.notes)
        writer.origin(source.origin)
    }

    static func readSource(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Source {
        Source(
            id: try reader.text(), title: try reader.text(), titleEnglish: try reader.optionalText(),
            site: try reader.optionalText(), publisher: try reader.optionalText(), author: try reader.optionalText(),
            postedBy: try reader.optionalText(), contributedBy: try reader.optionalText(), date: try reader.optionalDate(),
            url: try reader.optionalText(), synthetic: try reader.boolean(), notes: try reader.optionalText(),
            origin: try reader.origin()
        )
    }

    static func write(_ organization: Organization, to writer: inout SnapshotWriter) {
        writer.text(organization.id)
        writer.text(organization.name)
        writer.text(organization.nameEnglish)
        writer.choice(organization.kind)
        writer.text(organization.parent)
        writer.texts(organization.sources)
        writer.origin(organization.origin)
    }

    static func readOrganization(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Organization {
        Organization(
            id: try reader.text(), name: try reader.text(), nameEnglish: try reader.optionalText(),
            kind: try reader.choice(Organization.Kind.self), parent: try reader.optionalText(), sources: try reader.texts(),
            origin: try reader.origin()
        )
    }

    static func write(_ library: Library, to writer: inout SnapshotWriter) {
        writer.text(library.id)
        writer.text(library.name)
        writer.text(library.nameEnglish)
        writer.choice(library.tier)
        writer.text(library.city)
        writer.text(library.district)
        writer.text(library.pairedWith)
        writer.text(library.address)
        writer.count(library.floors.count)
        for floor in library.floors { write(floor, to: &writer) }
        writer.count(library.spacesWithoutFloor.count)
        for space in library.spacesWithoutFloor { write(space, to: &writer) }
        writer.text(library.notes)
        writer.texts(library.sources)
        writer.origin(library.origin)
    }

    static func readLibrary(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Library {
        Library(
            id: try reader.text(), name: try reader.text(), nameEnglish: try reader.optionalText(),
            tier: try reader.choice(Library.Tier.self), city: try reader.optionalText(), district: try reader.optionalText(),
            pairedWith: try reader.optionalText(), address: try reader.optionalText(),
            floors: try reader.records { reader throws(SnapshotCorruption) in try readFloor(&reader) },
            spacesWithoutFloor: try reader.records { reader throws(SnapshotCorruption) in try readSpace(&reader) },
            notes: try reader.optionalText(), sources: try reader.texts(), origin: try reader.origin()
        )
    }

    static func write(_ floor: Floor, to writer: inout SnapshotWriter) {
        writer.integer(floor.level)
        writer.text(floor.label)
        writer.count(floor.spaces.count)
        for space in floor.spaces { write(space, to: &writer) }
    }

    static func readFloor(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Floor {
        Floor(level: try reader.integer(), label: try reader.optionalText(),
              spaces: try reader.records { reader throws(SnapshotCorruption) in try readSpace(&reader) })
    }

    static func write(_ space: Space, to writer: inout SnapshotWriter) {
        writer.text(space.id)
        writer.text(space.name)
        writer.text(space.nameEnglish)
        writer.choice(space.kind)
        writer.choice(space.status)
        writer.text(space.notes)
        writer.texts(space.sources)
    }

    static func readSpace(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Space {
        Space(
            id: try reader.text(), name: try reader.text(), nameEnglish: try reader.optionalText(),
            kind: try reader.choice(Space.Kind.self), status: try reader.choice(Space.Status.self),
            notes: try reader.optionalText(), sources: try reader.texts()
        )
    }

    static func write(_ person: StaffMember, to writer: inout SnapshotWriter) {
        writer.text(person.id)
        writer.text(person.name)
        writer.text(person.nameEnglish)
        writer.text(person.library)
        writer.text(person.organization)
        writer.text(person.department)
        writer.text(person.departmentEnglish)
        writer.text(person.title)
        writer.text(person.titleEnglish)
        writer.texts(person.sources)
        writer.origin(person.origin)
    }

    static func readStaff(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> StaffMember {
        StaffMember(
            id: try reader.text(), name: try reader.text(), nameEnglish: try reader.optionalText(),
            library: try reader.optionalText(), organization: try reader.optionalText(),
            department: try reader.optionalText(), departmentEnglish: try reader.optionalText(),
            title: try reader.optionalText(), titleEnglish: try reader.optionalText(), sources: try reader.texts(),
            origin: try reader.origin()
        )
    }

    static func write(_ program: Program, to writer: inout SnapshotWriter) {
        writer.text(program.id)
        writer.text(program.name)
        writer.text(program.nameEnglish)
        writer.choice(program.kind)
        writer.text(program.lead)
        writer.texts(program.partners)
        writer.texts(program.organizations)
        writer.choice(program.mode)
        writer.choice(program.status)
        writer.date(program.start)
        writer.date(program.end)
        writer.text(program.description)
        writer.text(program.descriptionEnglish)
        writer.texts(program.sources)
        writer.origin(program.origin)
    }

    static func readProgram(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Program {
        Program(
            id: try reader.text(), name: try reader.text(), nameEnglish: try reader.optionalText(),
            kind: try reader.choice(Program.Kind.self), lead: try reader.optionalText(), partners: try reader.texts(),
            organizations: try reader.texts(), mode: try reader.optionalChoice(Program.Mode.self),
            status: try reader.optionalChoice(Program.Status.self), start: try reader.optionalDate(),
            end: try reader.optionalDate(), description: try reader.optionalText(),
            descriptionEnglish: try reader.optionalText(), sources: try reader.texts(), origin: try reader.origin()
        )
    }

    static func write(_ event: LinkageEvent, to writer: inout SnapshotWriter) {
        writer.text(event.id)
        writer.text(event.title)
        writer.text(event.titleEnglish)
        writer.date(event.date)
        writer.date(event.endDate)
        writer.text(event.parent)
        writer.texts(event.libraries)
        writer.texts(event.organizations)
        writer.texts(event.participants)
        writer.texts(event.programs)
        writer.texts(event.documents)
        writer.texts(event.spaces)
        writer.text(event.description)
        writer.text(event.descriptionEnglish)
        writer.texts(event.sources)
        writer.origin(event.origin)
    }

    static func readEvent(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> LinkageEvent {
        LinkageEvent(
            id: try reader.text(), title: try reader.text(), titleEnglish: try reader.optionalText(),
            date: try reader.date(), endDate: try reader.optionalDate(), parent: try reader.optionalText(),
            libraries: try reader.texts(), organizations: try reader.texts(), participants: try reader.texts(),
            programs: try reader.texts(), documents: try reader.texts(), spaces: try reader.texts(),
            description: try reader.optionalText(), descriptionEnglish: try reader.optionalText(),
            sources: try reader.texts(), origin: try reader.origin()
        )
    }

    static func write(_ phase: LinkagePhase, to writer: inout SnapshotWriter) {
        writer.text(phase.id)
        writer.text(phase.title)
        writer.text(phase.titleEnglish)
        writer.date(phase.start)
        writer.date(phase.end)
        writer.boolean(phase.ongoing)
        writer.text(phase.parent)
        writer.texts(phase.libraries)
        writer.texts(phase.organizations)
        writer.text(phase.description)
        writer.text(phase.descriptionEnglish)
        writer.texts(phase.sources)
        writer.origin(phase.origin)
    }

    static func readPhase(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> LinkagePhase {
        LinkagePhase(
            id: try reader.text(), title: try reader.text(), titleEnglish: try reader.optionalText(),
            start: try reader.optionalDate(), end: try reader.optionalDate(), ongoing: try reader.boolean(),
            parent: try reader.optionalText(), libraries: try reader.texts(), organizations: try reader.texts(),
            description: try reader.optionalText(), descriptionEnglish: try reader.optionalText(),
            sources: try reader.texts(), origin: try reader.origin()
        )
    }

    static func write(_ document: Document, to writer: inout SnapshotWriter) {
        writer.text(document.id)
        writer.text(document.title)
        writer.text(document.titleEnglish)
        writer.choice(document.kind)
        writer.integer(document.year ?? 0)
        writer.texts(document.issuers)
        writer.text(document.description)
        writer.texts(document.sources)
        writer.origin(document.origin)
    }

    static func readDocument(_ reader: inout SnapshotReader) throws(SnapshotCorruption) -> Document {
        Document(
            id: try reader.text(), title: try reader.text(), titleEnglish: try reader.optionalText(),
            kind: try reader.choice(Document.Kind.self), year: try reader.integer().nonZero, issuers: try reader.texts(),
            description: try reader.optionalText(), sources: try reader.texts(), origin: try reader.origin()
        )
    }
}

private extension Int {
    /// The number, or `nil` for 0 (how a snapshot writes a year that is not known: years start at 1).
    var nonZero: Int? { self == 0 ? nil : self }
}
