import LibcoopCore
import LibcoopRender

/// What the tabs show about the selected library, derived once when it becomes selected (not on
/// every keystroke): a national dataset has thousands of programs and events to filter.
public struct LibraryRecords: Sendable {
    /// One band of the building: a floor, or the rooms whose floor the sources do not give.
    public struct Band: Sendable {
        /// The floor's label (`6F`), or nil for the rooms without a floor.
        public var floorLabel: String?
        public var spaces: [Space]

        func label(_ language: Language) -> String {
            floorLabel ?? language.pick("楼层不详", "floor not given")
        }

        /// The label in the narrow cross-section: `—` for the rooms without a floor.
        var shortLabel: String { floorLabel ?? Glyphs.current.missing }
    }

    /// The library these records are for; nil before any library is selected.
    public let libraryID: String?
    /// Top floor first, then the rooms without a floor.
    public let bands: [Band]
    public let programs: [Program]
    /// Phases and events in date order, parts under their whole.
    public let timeline: [TimelineEntry]
    /// The earliest year an entry of `timeline` starts, if any gives one.
    public let firstYear: Int?
    /// The latest year an entry of `timeline` starts or ends (0 when none gives one): where an
    /// ongoing entry's bar ends.
    public let lastYear: Int
    /// Sources cited by the library, its spaces, staff, programs and events, first use first.
    public let sources: [String]
    /// Libraries paired with this one.
    public let partners: [Library]
    /// Made with these records: a memo keyed by it knows they are still the ones shown.
    let stamp = DerivationStamp()

    static let none = LibraryRecords(library: nil, data: nil)

    init(library: Library?, data: BrowserData?) {
        libraryID = library?.id
        guard let library, let data else {
            bands = []
            programs = []
            timeline = []
            firstYear = nil
            lastYear = 0
            sources = []
            partners = []
            return
        }
        var bands = library.floorsTopDown.map { Band(floorLabel: $0.displayLabel, spaces: $0.spaces) }
        if !library.spacesWithoutFloor.isEmpty { bands.append(Band(floorLabel: nil, spaces: library.spacesWithoutFloor)) }
        self.bands = bands
        programs = (data.programsByLibrary[library.id] ?? []).map { data.dataset.programs[$0] }
        timeline = data.timeline.filter { $0.libraries.contains(library.id) }
        firstYear = timeline.compactMap { $0.start?.year }.min()
        lastYear = timeline.flatMap { [$0.start?.year, $0.end?.year] }.compactMap { $0 }.max() ?? 0
        partners = (data.partnersByLibrary[library.id] ?? []).map { data.dataset.libraries[$0] }
        var ids: [String] = library.sources
        for space in library.allSpaces { ids += space.sources }
        for position in data.staffByLibrary[library.id] ?? [] { ids += data.dataset.staff[position].sources }
        for program in programs { ids += program.sources }
        for entry in timeline { ids += entry.sources }
        var seen = Set<String>()
        sources = ids.filter { seen.insert($0).inserted }
    }
}
