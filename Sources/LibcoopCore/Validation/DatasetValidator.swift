/// Checks that hold across records and files: unique ids, references that resolve, one floor per
/// level, dates in order. Runs on the merged dataset, so a reference may point into another file.
struct DatasetValidator {
    private let dataset: Dataset
    private let fileNames: [String]
    private let droppedIdentifiers: Set<String>
    private var problems: [PendingProblem] = []

    private var sourceIDs: Set<String> = []
    private var organizationIDs: Set<String> = []
    private var libraryIDs: Set<String> = []
    private var staffIDs: Set<String> = []
    private var programIDs: Set<String> = []
    private var eventIDs: Set<String> = []
    private var phaseIDs: Set<String> = []
    private var documentIDs: Set<String> = []
    private var spaceIDs: Set<String> = []
    private var lastResolvedSources: [String] = []

    /// Suggestions are looked for only among this many candidates, so a huge dataset stays fast.
    private static let suggestionLimit = 5_000

    init(dataset: Dataset, fileNames: [String], droppedIdentifiers: Set<String>) {
        self.dataset = dataset
        self.fileNames = fileNames
        self.droppedIdentifiers = droppedIdentifiers
    }

    /// Every cross-record problem, in the order the records appear.
    /// `droppedIdentifiers` are ids of records left out for problems already reported; references
    /// to them are not reported again.
    static func problems(in dataset: Dataset, fileNames: [String], droppedIdentifiers: Set<String> = []) -> [PendingProblem] {
        var validator = DatasetValidator(dataset: dataset, fileNames: fileNames, droppedIdentifiers: droppedIdentifiers)
        validator.collectIdentifiers()
        validator.checkReferences()
        return validator.problems
    }

    // MARK: Identifiers

    /// Every list of the document, in its declared order: a new kind of record is a compile
    /// error here until its ids are collected.
    private mutating func collectIdentifiers() {
        for list in Dataset.Field.allCases {
            switch list {
            case .schema, .format, .dataset: break
            case .sources: sourceIDs = unique(dataset.sources, list, kind: "source")
            case .organizations: organizationIDs = unique(dataset.organizations, list, kind: "organization")
            case .libraries: libraryIDs = unique(dataset.libraries, list, kind: "library")
            case .staff: staffIDs = unique(dataset.staff, list, kind: "staff member")
            case .programs: programIDs = unique(dataset.programs, list, kind: "program")
            case .events: eventIDs = unique(dataset.events, list, kind: "event")
            case .phases: phaseIDs = unique(dataset.phases, list, kind: "phase")
            case .documents: documentIDs = unique(dataset.documents, list, kind: "document")
            }
        }
        spaceIDs = uniqueSpaceIDs()
    }

    /// Space ids, unique across all libraries. Where a repeated id was first used is looked up
    /// only once there is a repeat, as `unique` does for records.
    private mutating func uniqueSpaceIDs() -> Set<String> {
        let spaceCount = dataset.libraries.reduce(0) { total, library in
            library.floors.reduce(total + library.spacesWithoutFloor.count) { $0 + $1.spaces.count }
        }
        var seen = Set<String>(minimumCapacity: spaceCount)
        var firstPlaces: [String: (library: RecordOrigin, place: SpacePlace)]?
        for library in dataset.libraries {
            Self.forEachSpace(of: library) { space, place in
                guard !seen.insert(space.id).inserted else { return }
                if firstPlaces == nil { firstPlaces = firstSpacePlaces() }
                guard let earlier = firstPlaces?[space.id] else { return }
                report(library.origin, Self.pointer(to: place, in: library.origin).appending(Space.Field.id.name), .duplicateIdentifier,
                       "duplicate space id \"\(space.id)\" (first used at \(self.place(earlier.place, in: earlier.library)))")
            }
        }
        return seen
    }

    /// Where each space id is first used.
    private func firstSpacePlaces() -> [String: (library: RecordOrigin, place: SpacePlace)] {
        var places: [String: (library: RecordOrigin, place: SpacePlace)] = [:]
        for library in dataset.libraries {
            Self.forEachSpace(of: library) { space, place in
                if places[space.id] == nil { places[space.id] = (library.origin, place) }
            }
        }
        return places
    }

    /// A repeat of the id before it gets the same message, which is then shared rather than
    /// built again: a file with a million copies of one record holds one message.
    private mutating func unique<Record: IdentifiedRecord>(_ records: [Record], _ array: Dataset.Field, kind: String) -> Set<String> {
        var seen = Set<String>(minimumCapacity: records.count)
        var firstPositions: [String: Int]?
        var lastMessage: (id: String, message: String)?
        for index in records.indices where !seen.insert(records[index].id).inserted {
            let id = records[index].id
            let origin = records[index].origin
            if firstPositions == nil {
                firstPositions = [:]
                for position in records.indices.reversed() { firstPositions?[records[position].id] = position }
            }
            let message: String
            if let lastMessage, lastMessage.id == id {
                message = lastMessage.message
            } else {
                let original = records[firstPositions?[id] ?? index].origin
                message = "duplicate \(kind) id \"\(id)\" (first used at \(place(original, array)))"
                lastMessage = (id, message)
            }
            report(origin, base(origin, array).appending("id"), .duplicateIdentifier, message)
        }
        return seen
    }

    /// "/staff/3", with the file's name when the dataset has several files.
    private func place(_ origin: RecordOrigin, _ array: Dataset.Field) -> String {
        placeInFile(base(origin, array).pointer, origin)
    }

    /// "/libraries/1/floors/0/spaces/0", with the file's name when the dataset has several files.
    private func place(_ space: SpacePlace, in library: RecordOrigin) -> String {
        placeInFile(Self.pointer(to: space, in: library), library)
    }

    private func placeInFile(_ pointer: JSONPointer, _ origin: RecordOrigin) -> String {
        guard fileNames.count > 1, fileNames.indices.contains(Int(origin.file)) else { return pointer.description }
        return "\(pointer) in \(fileNames[Int(origin.file)])"
    }

    // MARK: References

    /// Every list of the document, in its declared order: a new kind of record is a compile
    /// error here until its references are checked.
    private mutating func checkReferences() {
        for list in Dataset.Field.allCases {
            switch list {
            case .schema, .format, .dataset, .sources: break
            case .organizations: checkOrganizations()
            case .libraries: for library in dataset.libraries { checkLibrary(library) }
            case .staff:
                let staff = dataset.staff
                staff.withUnsafeBufferPointer { people in
                    for index in people.indices { checkStaffMember(people[index]) }
                }
            case .programs: checkPrograms()
            case .events: checkEvents()
            case .phases: checkPhases()
            case .documents: checkDocuments()
            }
        }
    }

    private mutating func checkOrganizations() {
        for organization in dataset.organizations {
            let at = base(organization.origin, .organizations)
            checkSources(organization.sources, organization.origin, at.pointer)
            if let parent = organization.parent {
                check(parent, in: organizationIDs, kind: "organization", organization.origin, at.appending(Organization.Field.parent.name))
            }
        }
    }

    private mutating func checkPrograms() {
        for program in dataset.programs {
            let at = base(program.origin, .programs)
            checkSources(program.sources, program.origin, at.pointer)
            if let lead = program.lead { check(lead, in: libraryIDs, kind: "library", program.origin, at.appending(Program.Field.lead.name)) }
            checkList(program.partners, Program.Field.partners.name, in: libraryIDs, kind: "library", program.origin, at.pointer)
            checkList(program.organizations, Program.Field.organizations.name, in: organizationIDs, kind: "organization", program.origin, at.pointer)
            checkOrder(program.start, program.end, program.origin, at.pointer, end: Program.Field.end)
        }
    }

    private mutating func checkEvents() {
        for event in dataset.events {
            let at = base(event.origin, .events)
            checkSources(event.sources, event.origin, at.pointer)
            if let parent = event.parent { check(parent, in: eventIDs, kind: "event", event.origin, at.appending(LinkageEvent.Field.parent.name)) }
            checkList(event.libraries, LinkageEvent.Field.libraries.name, in: libraryIDs, kind: "library", event.origin, at.pointer)
            checkList(event.organizations, LinkageEvent.Field.organizations.name, in: organizationIDs, kind: "organization", event.origin, at.pointer)
            checkList(event.participants, LinkageEvent.Field.participants.name, in: staffIDs, kind: "staff member", event.origin, at.pointer)
            checkList(event.programs, LinkageEvent.Field.programs.name, in: programIDs, kind: "program", event.origin, at.pointer)
            checkList(event.documents, LinkageEvent.Field.documents.name, in: documentIDs, kind: "document", event.origin, at.pointer)
            checkList(event.spaces, LinkageEvent.Field.spaces.name, in: spaceIDs, kind: "space", event.origin, at.pointer)
            checkOrder(event.date, event.endDate, event.origin, at.pointer, end: LinkageEvent.Field.endDate)
        }
        checkParentCycles(dataset.events.map { ($0.id, $0.parent, $0.origin) }, array: .events, parent: LinkageEvent.Field.parent, kind: "event")
    }

    private mutating func checkPhases() {
        for phase in dataset.phases {
            let at = base(phase.origin, .phases)
            checkSources(phase.sources, phase.origin, at.pointer)
            if let parent = phase.parent { check(parent, in: phaseIDs, kind: "phase", phase.origin, at.appending(LinkagePhase.Field.parent.name)) }
            checkList(phase.libraries, LinkagePhase.Field.libraries.name, in: libraryIDs, kind: "library", phase.origin, at.pointer)
            checkList(phase.organizations, LinkagePhase.Field.organizations.name, in: organizationIDs, kind: "organization", phase.origin, at.pointer)
            checkOrder(phase.start, phase.end, phase.origin, at.pointer, end: LinkagePhase.Field.end)
        }
        checkParentCycles(dataset.phases.map { ($0.id, $0.parent, $0.origin) }, array: .phases, parent: LinkagePhase.Field.parent, kind: "phase")
    }

    private mutating func checkDocuments() {
        let issuers = libraryIDs.union(organizationIDs)
        for document in dataset.documents {
            let at = base(document.origin, .documents)
            checkSources(document.sources, document.origin, at.pointer)
            checkList(document.issuers, Document.Field.issuers.name, in: issuers, kind: "library or organization", document.origin, at.pointer)
        }
    }

    private mutating func checkStaffMember(_ person: StaffMember) {
        let at = base(person.origin, .staff)
        checkSources(person.sources, person.origin, at.pointer)
        switch (person.library, person.organization) {
        case (let library?, nil):
            check(library, in: libraryIDs, kind: "library", person.origin, at.appending(StaffMember.Field.library.name))
        case (nil, let organization?):
            check(organization, in: organizationIDs, kind: "organization", person.origin, at.appending(StaffMember.Field.organization.name))
        case (.some, .some):
            report(person.origin, at.pointer, .inconsistent, "a person belongs to one library or one organization, not both")
        case (nil, nil):
            report(person.origin, at.pointer, .missingField, "give the person's \"library\" or \"organization\"")
        }
    }

    private mutating func checkLibrary(_ library: Library) {
        let at = base(library.origin, .libraries)
        checkSources(library.sources, library.origin, at.pointer)
        if let partner = library.pairedWith {
            if partner == library.id {
                report(library.origin, at.appending(Library.Field.pairedWith.name), .inconsistent, "a library cannot be paired with itself")
            } else {
                check(partner, in: libraryIDs, kind: "library", library.origin, at.appending(Library.Field.pairedWith.name))
            }
        }
        var levels: [Int: Int] = [:]
        for (index, floor) in library.floors.enumerated() {
            if let earlier = levels[floor.level] {
                report(library.origin, at.appending(Library.Field.floors.name).appending(index).appending(Floor.Field.level.name), .duplicateFloor,
                       "floor \(floor.level) (\(floor.displayLabel)) is listed twice in \(library.id); merge it with floors[\(earlier)]")
            } else {
                levels[floor.level] = index
            }
        }
        Self.forEachSpace(of: library) { space, place in
            checkSources(space.sources, library.origin, Self.pointer(to: place, in: library.origin))
        }
    }

    /// Where a space sits in its library's JSON: on a floor (by position in `floors`), or unplaced.
    private enum SpacePlace {
        case onFloor(floor: Int, space: Int)
        case withoutFloor(space: Int)
    }

    private static func forEachSpace(of library: Library, _ body: (Space, SpacePlace) -> Void) {
        for floorIndex in library.floors.indices {
            for spaceIndex in library.floors[floorIndex].spaces.indices {
                body(library.floors[floorIndex].spaces[spaceIndex], .onFloor(floor: floorIndex, space: spaceIndex))
            }
        }
        for spaceIndex in library.spacesWithoutFloor.indices {
            body(library.spacesWithoutFloor[spaceIndex], .withoutFloor(space: spaceIndex))
        }
    }

    private static func pointer(to place: SpacePlace, in library: RecordOrigin) -> JSONPointer {
        let at = RecordPath(array: Dataset.Field.libraries.name, index: Int(library.index)).pointer
        switch place {
        case .onFloor(let floor, let space):
            return at.appending(Library.Field.floors.name).appending(floor).appending(Floor.Field.spaces.name).appending(space)
        case .withoutFloor(let space): return at.appending(Library.Field.spacesWithoutFloor.name).appending(space)
        }
    }

    /// Every top-level record's `id` and `sources` members have those names (`IdentifiedRecord`).
    /// Most records cite the same list of sources (the decoder shares equal lists), so a list equal
    /// to the last one whose every id was found is not looked up again.
    private mutating func checkSources(_ sources: [String], _ origin: RecordOrigin, _ at: @autoclosure () -> JSONPointer) {
        guard sources != lastResolvedSources else { return }
        if sources.allSatisfy({ sourceIDs.contains($0) }) {
            lastResolvedSources = sources
        } else {
            checkList(sources, "sources", in: sourceIDs, kind: "source", origin, at())
        }
    }

    /// Pointers are built only for a problem: building one per valid reference would dominate the
    /// time to check a million records.
    private mutating func checkList(_ ids: [String], _ field: String, in known: Set<String>, kind: String, _ origin: RecordOrigin, _ at: @autoclosure () -> JSONPointer) {
        for index in ids.indices where !known.contains(ids[index]) {
            check(ids[index], in: known, kind: kind, origin, at().appending(field).appending(index))
        }
    }

    private mutating func check(_ id: String, in known: Set<String>, kind: String, _ origin: RecordOrigin, _ at: @autoclosure () -> JSONPointer) {
        guard !known.contains(id), !droppedIdentifiers.contains(id) else { return }
        let hint = known.count <= Self.suggestionLimit ? Suggestion.phrase(for: id, among: known.sorted()) : ""
        report(origin, at(), .danglingReference, "unknown \(kind) id \"\(id)\"\(hint)")
    }

    private mutating func checkOrder<Field: RecordField>(_ start: PartialDate?, _ end: PartialDate?, _ origin: RecordOrigin, _ at: @autoclosure () -> JSONPointer, end endField: Field) {
        guard let start, let end, end < start, !(start.description.hasPrefix(end.description)) else { return }
        report(origin, at().appending(endField.name), .inconsistent, "ends (\(end)) before it starts (\(start))")
    }

    private mutating func checkParentCycles<Field: RecordField>(
        _ records: [(id: String, parent: String?, origin: RecordOrigin)], array: Dataset.Field, parent parentField: Field, kind: String
    ) {
        var parentOf: [String: String] = [:]
        for record in records { if let parent = record.parent { parentOf[record.id] = parent } }
        for record in records where record.parent != nil {
            var visited: Set<String> = [record.id]
            var current = record.parent
            while let next = current {
                if visited.contains(next) {
                    if next == record.id {
                        report(record.origin, base(record.origin, array).appending(parentField.name), .inconsistent,
                               "\(kind) \"\(record.id)\" is its own ancestor through \"parent\"")
                    }
                    break
                }
                visited.insert(next)
                current = parentOf[next]
            }
        }
    }

    // MARK: Reporting

    private func base(_ origin: RecordOrigin, _ array: Dataset.Field) -> RecordPath {
        RecordPath(array: array.name, index: Int(origin.index))
    }

    private mutating func report(_ origin: RecordOrigin, _ pointer: JSONPointer, _ code: Diagnostic.Code, _ message: String) {
        problems.append(PendingProblem(file: Int(origin.file), offset: nil, pointer: pointer, code: code, message: message))
    }
}

/// The place of a top-level record, `/staff/3`, kept as two values so that no pointer is built
/// for a record that has no problem.
private struct RecordPath {
    var array: String
    var index: Int

    var pointer: JSONPointer { JSONPointer([.key(array), .index(index)]) }

    func appending(_ key: String) -> JSONPointer { JSONPointer([.key(array), .index(index), .key(key)]) }
}
