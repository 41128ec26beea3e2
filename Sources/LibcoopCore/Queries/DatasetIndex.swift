/// Lookups by id over a loaded dataset, built once, so views and commands never scan to follow a link.
public struct DatasetIndex: Sendable {
    /// Where a space is: its library, and its floor level when the sources give one.
    public struct SpacePlace: Hashable, Sendable {
        public var library: String
        public var floorLevel: Int?
        public var space: Space
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
    private let spacePlaces: [String: SpacePlace]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        libraryPositions = Self.positions(dataset.libraries.map(\.id))
        staffPositions = Self.positions(dataset.staff.map(\.id))
        organizationPositions = Self.positions(dataset.organizations.map(\.id))
        programPositions = Self.positions(dataset.programs.map(\.id))
        eventPositions = Self.positions(dataset.events.map(\.id))
        phasePositions = Self.positions(dataset.phases.map(\.id))
        documentPositions = Self.positions(dataset.documents.map(\.id))
        sourcePositions = Self.positions(dataset.sources.map(\.id))
        var places: [String: SpacePlace] = [:]
        for library in dataset.libraries {
            for floor in library.floors {
                for space in floor.spaces {
                    places[space.id] = SpacePlace(library: library.id, floorLevel: floor.level, space: space)
                }
            }
            for space in library.spacesWithoutFloor {
                places[space.id] = SpacePlace(library: library.id, floorLevel: nil, space: space)
            }
        }
        spacePlaces = places
    }

    private static func positions(_ ids: [String]) -> [String: Int] {
        var result = [String: Int](minimumCapacity: ids.count)
        for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
        return result
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
    public func space(_ id: String) -> SpacePlace? { spacePlaces[id] }

    /// The name of the library or organisation a person belongs to.
    public func affiliationName(of person: StaffMember) -> String? {
        if let id = person.library { return library(id)?.name }
        if let id = person.organization { return organization(id)?.name }
        return nil
    }
}
