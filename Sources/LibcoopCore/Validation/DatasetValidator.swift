/// Checks that hold across records and files: unique ids, references that resolve, one floor per
/// level, dates in order. Runs on the merged dataset, so a reference may point into another file.
struct DatasetValidator {
    private let dataset: Dataset
    private let fileNames: [String]
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

    /// Suggestions are looked for only among this many candidates, so a huge dataset stays fast.
    private static let suggestionLimit = 5_000

    init(dataset: Dataset, fileNames: [String]) {
        self.dataset = dataset
        self.fileNames = fileNames
    }

    /// Every cross-record problem, in the order the records appear.
    static func problems(in dataset: Dataset, fileNames: [String]) -> [PendingProblem] {
        var validator = DatasetValidator(dataset: dataset, fileNames: fileNames)
        validator.collectIdentifiers()
        validator.checkReferences()
        return validator.problems
    }

    // MARK: Identifiers

    private mutating func collectIdentifiers() {
        sourceIDs = unique(dataset.sources, "sources", kind: "source")
        organizationIDs = unique(dataset.organizations, "organizations", kind: "organization")
        libraryIDs = unique(dataset.libraries, "libraries", kind: "library")
        staffIDs = unique(dataset.staff, "staff", kind: "staff member")
        programIDs = unique(dataset.programs, "programs", kind: "program")
        eventIDs = unique(dataset.events, "events", kind: "event")
        phaseIDs = unique(dataset.phases, "phases", kind: "phase")
        documentIDs = unique(dataset.documents, "documents", kind: "document")
        var firstSpace: [String: JSONPointer] = [:]
        for library in dataset.libraries {
            for (space, pointer) in spacesWithPointers(of: library) {
                if let earlier = firstSpace[space.id] {
                    report(library.origin, pointer.appending("id"), .duplicateIdentifier, "space id \"\(space.id)\" is already used at \(earlier)")
                } else {
                    firstSpace[space.id] = pointer
                }
            }
        }
        spaceIDs = Set(firstSpace.keys)
    }

    private mutating func unique<Record: IdentifiedRecord>(_ records: [Record], _ array: String, kind: String) -> Set<String> {
        var first = [String: RecordOrigin](minimumCapacity: records.count)
        for record in records {
            if let original = first[record.id] {
                report(record.origin, base(record.origin, array).appending("id"), .duplicateIdentifier,
                       "duplicate \(kind) id \"\(record.id)\" (first used at \(place(original, array)))")
            } else {
                first[record.id] = record.origin
            }
        }
        return Set(first.keys)
    }

    /// "/staff/3", with the file's name when the dataset has several files.
    private func place(_ origin: RecordOrigin, _ array: String) -> String {
        let pointer = base(origin, array).description
        guard fileNames.count > 1, fileNames.indices.contains(Int(origin.file)) else { return pointer }
        return "\(pointer) in \(fileNames[Int(origin.file)])"
    }

    // MARK: References

    private mutating func checkReferences() {
        for organization in dataset.organizations {
            let at = base(organization.origin, "organizations")
            checkSources(organization.sources, organization.origin, at)
            if let parent = organization.parent {
                check(parent, in: organizationIDs, kind: "organization", organization.origin, at.appending("parent"))
            }
        }
        for library in dataset.libraries {
            checkLibrary(library)
        }
        for person in dataset.staff {
            let at = base(person.origin, "staff")
            checkSources(person.sources, person.origin, at)
            switch (person.library, person.organization) {
            case (let library?, nil):
                check(library, in: libraryIDs, kind: "library", person.origin, at.appending("library"))
            case (nil, let organization?):
                check(organization, in: organizationIDs, kind: "organization", person.origin, at.appending("organization"))
            case (.some, .some):
                report(person.origin, at, .inconsistent, "a person belongs to one library or one organization, not both")
            case (nil, nil):
                report(person.origin, at, .missingField, "give the person's \"library\" or \"organization\"")
            }
        }
        for program in dataset.programs {
            let at = base(program.origin, "programs")
            checkSources(program.sources, program.origin, at)
            if let lead = program.lead { check(lead, in: libraryIDs, kind: "library", program.origin, at.appending("lead")) }
            checkList(program.partners, "partners", in: libraryIDs, kind: "library", program.origin, at)
            checkList(program.organizations, "organizations", in: organizationIDs, kind: "organization", program.origin, at)
            checkOrder(program.start, program.end, program.origin, at)
        }
        for event in dataset.events {
            let at = base(event.origin, "events")
            checkSources(event.sources, event.origin, at)
            if let parent = event.parent { check(parent, in: eventIDs, kind: "event", event.origin, at.appending("parent")) }
            checkList(event.libraries, "libraries", in: libraryIDs, kind: "library", event.origin, at)
            checkList(event.organizations, "organizations", in: organizationIDs, kind: "organization", event.origin, at)
            checkList(event.participants, "participants", in: staffIDs, kind: "staff member", event.origin, at)
            checkList(event.programs, "programs", in: programIDs, kind: "program", event.origin, at)
            checkList(event.documents, "documents", in: documentIDs, kind: "document", event.origin, at)
            checkList(event.spaces, "spaces", in: spaceIDs, kind: "space", event.origin, at)
            checkOrder(event.date, event.endDate, event.origin, at, endField: "end_date")
        }
        checkParentCycles(dataset.events.map { ($0.id, $0.parent, $0.origin) }, array: "events", kind: "event")
        for phase in dataset.phases {
            let at = base(phase.origin, "phases")
            checkSources(phase.sources, phase.origin, at)
            if let parent = phase.parent { check(parent, in: phaseIDs, kind: "phase", phase.origin, at.appending("parent")) }
            checkList(phase.libraries, "libraries", in: libraryIDs, kind: "library", phase.origin, at)
            checkList(phase.organizations, "organizations", in: organizationIDs, kind: "organization", phase.origin, at)
            checkOrder(phase.start, phase.end, phase.origin, at)
        }
        checkParentCycles(dataset.phases.map { ($0.id, $0.parent, $0.origin) }, array: "phases", kind: "phase")
        let issuers = libraryIDs.union(organizationIDs)
        for document in dataset.documents {
            let at = base(document.origin, "documents")
            checkSources(document.sources, document.origin, at)
            checkList(document.issuers, "issuers", in: issuers, kind: "library or organization", document.origin, at)
        }
    }

    private mutating func checkLibrary(_ library: Library) {
        let at = base(library.origin, "libraries")
        checkSources(library.sources, library.origin, at)
        if let partner = library.pairedWith {
            if partner == library.id {
                report(library.origin, at.appending("paired_with"), .inconsistent, "a library cannot be paired with itself")
            } else {
                check(partner, in: libraryIDs, kind: "library", library.origin, at.appending("paired_with"))
            }
        }
        var levels: [Int: Int] = [:]
        for (index, floor) in library.floors.enumerated() {
            if let earlier = levels[floor.level] {
                report(library.origin, at.appending("floors").appending(index).appending("level"), .duplicateFloor,
                       "floor \(floor.level) (\(floor.displayLabel)) is listed twice in \(library.id); merge it with floors[\(earlier)]")
            } else {
                levels[floor.level] = index
            }
        }
        for (space, pointer) in spacesWithPointers(of: library) {
            checkSources(space.sources, library.origin, pointer)
        }
    }

    private func spacesWithPointers(of library: Library) -> [(Space, JSONPointer)] {
        let at = base(library.origin, "libraries")
        var result: [(Space, JSONPointer)] = []
        for (floorIndex, floor) in library.floors.enumerated() {
            for (spaceIndex, space) in floor.spaces.enumerated() {
                result.append((space, at.appending("floors").appending(floorIndex).appending("spaces").appending(spaceIndex)))
            }
        }
        for (spaceIndex, space) in library.spacesWithoutFloor.enumerated() {
            result.append((space, at.appending("spaces_without_floor").appending(spaceIndex)))
        }
        return result
    }

    private mutating func checkSources(_ sources: [String], _ origin: RecordOrigin, _ at: JSONPointer) {
        checkList(sources, "sources", in: sourceIDs, kind: "source", origin, at)
    }

    private mutating func checkList(_ ids: [String], _ field: String, in known: Set<String>, kind: String, _ origin: RecordOrigin, _ at: JSONPointer) {
        for (index, id) in ids.enumerated() {
            check(id, in: known, kind: kind, origin, at.appending(field).appending(index))
        }
    }

    private mutating func check(_ id: String, in known: Set<String>, kind: String, _ origin: RecordOrigin, _ at: JSONPointer) {
        guard !known.contains(id) else { return }
        let hint = known.count <= Self.suggestionLimit ? Suggestion.phrase(for: id, among: known.sorted()) : ""
        report(origin, at, .danglingReference, "unknown \(kind) id \"\(id)\"\(hint)")
    }

    private mutating func checkOrder(_ start: PartialDate?, _ end: PartialDate?, _ origin: RecordOrigin, _ at: JSONPointer, endField: String = "end") {
        guard let start, let end, end < start, !(start.description.hasPrefix(end.description)) else { return }
        report(origin, at.appending(endField), .inconsistent, "ends (\(end)) before it starts (\(start))")
    }

    private mutating func checkParentCycles(_ records: [(id: String, parent: String?, origin: RecordOrigin)], array: String, kind: String) {
        var parentOf: [String: String] = [:]
        for record in records { if let parent = record.parent { parentOf[record.id] = parent } }
        for record in records where record.parent != nil {
            var visited: Set<String> = [record.id]
            var current = record.parent
            while let next = current {
                if visited.contains(next) {
                    if next == record.id {
                        report(record.origin, base(record.origin, array).appending("parent"), .inconsistent,
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

    private func base(_ origin: RecordOrigin, _ array: String) -> JSONPointer {
        JSONPointer([.key(array), .index(Int(origin.index))])
    }

    private mutating func report(_ origin: RecordOrigin, _ pointer: JSONPointer, _ code: Diagnostic.Code, _ message: String) {
        problems.append(PendingProblem(file: Int(origin.file), offset: nil, pointer: pointer, code: code, message: message))
    }
}
