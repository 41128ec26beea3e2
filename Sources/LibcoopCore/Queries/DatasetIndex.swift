/// Lookups by id over a loaded dataset, built once, so views and commands never scan to follow a link.
public struct DatasetIndex: Sendable {
    /// Where a space is: its library, and its floor level when the sources give one.
    public struct SpacePlace: Hashable, Sendable {
        public var library: String
        public var floorLevel: Int?
        public var space: Space
    }

    /// Where a space sits in `dataset.libraries`: positions only, so the map holds no copies of
    /// records (`space(_:)` makes the `SpacePlace`).
    private struct SpacePosition: Sendable {
        var library: Int32
        /// The floor's position in the library's `floors`, or -1 for `spacesWithoutFloor`.
        var floor: Int32
        var space: Int32
    }

    public let dataset: Dataset
    private let libraryPositions: [String: Int]
    private let staffPositions: [String: Int]
    private let organizationPositions: [String: Int]
    private let programPositions: [String: Int]
    private let eventPositions: [String: Int]
    private let phasePositions: [String: Int]
    private let documentPositions: [String: Int]
    private let sourcePositions: [String: Int]
    private let spacePositions: [String: SpacePosition]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        libraryPositions = Self.positions(dataset.libraries) { $0.id }
        staffPositions = Self.positions(dataset.staff) { $0.id }
        organizationPositions = Self.positions(dataset.organizations) { $0.id }
        programPositions = Self.positions(dataset.programs) { $0.id }
        eventPositions = Self.positions(dataset.events) { $0.id }
        phasePositions = Self.positions(dataset.phases) { $0.id }
        documentPositions = Self.positions(dataset.documents) { $0.id }
        sourcePositions = Self.positions(dataset.sources) { $0.id }
        spacePositions = Self.spacePositions(dataset.libraries)
    }

    /// Each id's first position in `records`. Filled from the end with one hash per record (a
    /// later duplicate is overwritten by the earlier one), into a map sized up front.
    private static func positions<Record>(_ records: [Record], _ id: (Record) -> String) -> [String: Int] {
        var result = [String: Int](minimumCapacity: records.count)
        for position in records.indices.reversed() { result[id(records[position])] = position }
        return result
    }

    /// Each space id's last place in file order (libraries, their floors, then the spaces without a floor).
    private static func spacePositions(_ libraries: [Library]) -> [String: SpacePosition] {
        var count = 0
        for library in libraries {
            count += library.spacesWithoutFloor.count
            for floor in library.floors { count += floor.spaces.count }
        }
        var places = [String: SpacePosition](minimumCapacity: count)
        for (libraryPosition, library) in libraries.enumerated() {
            for (floorPosition, floor) in library.floors.enumerated() {
                for (spacePosition, space) in floor.spaces.enumerated() {
                    places[space.id] = SpacePosition(library: Int32(libraryPosition), floor: Int32(floorPosition), space: Int32(spacePosition))
                }
            }
            for (spacePosition, space) in library.spacesWithoutFloor.enumerated() {
                places[space.id] = SpacePosition(library: Int32(libraryPosition), floor: -1, space: Int32(spacePosition))
            }
        }
        return places
    }

    /// Position in `dataset.libraries` of the (first) library with `id`.
    public func libraryPosition(_ id: String) -> Int? { libraryPositions[id] }
    /// Position in `dataset.staff` of the (first) person with `id`.
    public func staffPosition(_ id: String) -> Int? { staffPositions[id] }
    public func library(_ id: String) -> Library? { libraryPositions[id].map { dataset.libraries[$0] } }
    public func staffMember(_ id: String) -> StaffMember? { staffPositions[id].map { dataset.staff[$0] } }
    public func organization(_ id: String) -> Organization? { organizationPositions[id].map { dataset.organizations[$0] } }
    public func program(_ id: String) -> Program? { programPositions[id].map { dataset.programs[$0] } }
    public func event(_ id: String) -> LinkageEvent? { eventPositions[id].map { dataset.events[$0] } }
    public func phase(_ id: String) -> LinkagePhase? { phasePositions[id].map { dataset.phases[$0] } }
    public func document(_ id: String) -> Document? { documentPositions[id].map { dataset.documents[$0] } }
    public func source(_ id: String) -> Source? { sourcePositions[id].map { dataset.sources[$0] } }
    public func space(_ id: String) -> SpacePlace? {
        guard let position = spacePositions[id] else { return nil }
        let library = dataset.libraries[Int(position.library)]
        guard position.floor >= 0 else {
            return SpacePlace(library: library.id, floorLevel: nil, space: library.spacesWithoutFloor[Int(position.space)])
        }
        let floor = library.floors[Int(position.floor)]
        return SpacePlace(library: library.id, floorLevel: floor.level, space: floor.spaces[Int(position.space)])
    }

    /// The name of the library or organisation a person belongs to.
    public func affiliationName(of person: StaffMember) -> String? {
        if let id = person.library { return library(id)?.name }
        if let id = person.organization { return organization(id)?.name }
        return nil
    }
}
