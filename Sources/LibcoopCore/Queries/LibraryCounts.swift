/// How much the dataset records about each library: floors, spaces, staff, programs, events.
///
/// Counted in one pass over the records, so a million staff are tallied without a lookup per library.
public struct LibraryCounts: Hashable, Sendable, Codable {
    public var floors = 0
    public var spaces = 0
    public var staff = 0
    public var programs = 0
    public var events = 0

    public init() {}

    /// Counts for every library id in `dataset`.
    public static func all(in dataset: Dataset) -> [String: LibraryCounts] {
        var counts: [String: LibraryCounts] = [:]
        for library in dataset.libraries {
            var entry = LibraryCounts()
            entry.floors = library.floors.count
            entry.spaces = library.floors.reduce(library.spacesWithoutFloor.count) { $0 + $1.spaces.count }
            counts[library.id] = entry
        }
        for person in dataset.staff {
            if let library = person.library { counts[library]?.staff += 1 }
        }
        for program in dataset.programs {
            for library in program.libraries { counts[library]?.programs += 1 }
        }
        for event in dataset.events {
            for library in event.libraries { counts[library]?.events += 1 }
        }
        return counts
    }
}
