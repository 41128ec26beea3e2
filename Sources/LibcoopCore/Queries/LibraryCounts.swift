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

    /// Counts for every library id in `dataset` (a library listed twice is counted once, with
    /// the floors and spaces of its last listing).
    ///
    /// Tallied in an array, one slot per id, so each staff member, program and event costs one
    /// lookup of an id and no write into the map.
    public static func all(in dataset: Dataset) -> [String: LibraryCounts] {
        var slots = [String: Int](minimumCapacity: dataset.libraries.count)
        var tallies: [LibraryCounts] = []
        tallies.reserveCapacity(dataset.libraries.count)
        for library in dataset.libraries {
            var entry = LibraryCounts()
            entry.floors = library.floors.count
            entry.spaces = library.floors.reduce(library.spacesWithoutFloor.count) { $0 + $1.spaces.count }
            if let slot = slots[library.id] {
                tallies[slot] = entry
            } else {
                slots[library.id] = tallies.count
                tallies.append(entry)
            }
        }
        for person in dataset.staff {
            if let library = person.library, let slot = slots[library] { tallies[slot].staff += 1 }
        }
        for program in dataset.programs {
            for library in program.libraries {
                if let slot = slots[library] { tallies[slot].programs += 1 }
            }
        }
        for event in dataset.events {
            for library in event.libraries {
                if let slot = slots[library] { tallies[slot].events += 1 }
            }
        }
        var counts = [String: LibraryCounts](minimumCapacity: slots.count)
        for (id, slot) in slots { counts[id] = tallies[slot] }
        return counts
    }
}
