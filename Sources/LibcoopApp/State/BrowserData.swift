import LibcoopCore
import LibcoopRender

/// The loaded dataset with everything the browser derives from it once per load: lookups by id,
/// counts, the library tree, staff per library and the search indexes. Lookups by id are
/// `DatasetIndex`'s, not copied here.
///
/// Built off the UI's hot path (at start and on reload); every keystroke then reads it only. The
/// search indexes may come later (`init(dataset:files:searchIndexes:)` with nil, then
/// `attach(_:)` when `BrowserMessage.indexed` brings them): the first frame does not need them.
public struct BrowserData: Sendable {
    public let dataset: Dataset
    /// The files it was loaded from (for the header and for `r` reload).
    public let files: [String]
    public let index: DatasetIndex
    public let counts: [String: LibraryCounts]
    public let tree: LibraryTree
    /// The widest row of the library tree (branch, name and counts) in each language: the tree
    /// pane widens to it when the screen has room (`BrowserLayout`), so names are not cut.
    public let widestTreeRow: [Language: Int]
    /// Positions in `dataset.staff` of each library's people, in dataset order.
    public let staffByLibrary: [String: [Int]]
    /// The whole history in date order; each library's Linkage tab shows the entries naming it.
    public let timeline: [TimelineEntry]
    /// Positions in `dataset.programs` of the programs each library leads or partners in.
    public let programsByLibrary: [String: [Int]]
    /// Positions in `dataset.libraries` of the libraries paired with each library.
    public let partnersByLibrary: [String: [Int]]
    /// The staff and record search indexes; nil while they are still being built.
    public private(set) var searchIndexes: SearchIndexes?
    /// This load's derivation: a reload or an edit derives new data with a new stamp.
    let stamp = DerivationStamp()

    /// The staff search index, once built.
    public var staffIndex: StaffSearchIndex? { searchIndexes?.staff }

    /// The record search index, once built.
    public var recordIndex: RecordSearchIndex? { searchIndexes?.records }

    /// Derives everything from `dataset`, the search indexes included; `staffIndex`, when given,
    /// must have been built from `dataset.staff` (as `DatasetLoader.load(paths:preparingWithStaffIndex:)`
    /// builds it while decoding).
    public init(dataset: Dataset, staffIndex: StaffSearchIndex? = nil, files: [String]) {
        self.init(dataset: dataset, files: files,
                  searchIndexes: SearchIndexes(dataset: dataset, staff: staffIndex ?? StaffSearchIndex(dataset)))
    }

    /// Derives everything from `dataset` but the search indexes, which are `searchIndexes` (built
    /// from this `dataset`), or nil when they will be attached later.
    public init(dataset: Dataset, files: [String], searchIndexes: SearchIndexes?) {
        self.dataset = dataset
        self.files = files
        index = DatasetIndex(dataset)
        counts = LibraryCounts.all(in: dataset)
        tree = LibraryTree(dataset.libraries)
        widestTreeRow = Self.widestRows(of: tree, dataset.libraries, counts)
        staffByLibrary = Self.positionsByOwner(dataset.staff) { $0.library ?? $0.organization }
        timeline = Timeline.entries(in: dataset)
        programsByLibrary = Self.programsByLibrary(dataset.programs)
        partnersByLibrary = Self.positionsByOwner(dataset.libraries) { $0.pairedWith }
        self.searchIndexes = searchIndexes
    }

    /// The widest tree row in each language: branch, name in that language, and counts.
    private static func widestRows(of tree: LibraryTree, _ libraries: [Library], _ counts: [String: LibraryCounts]) -> [Language: Int] {
        let glyphs = Glyphs.current
        let branchWidth = glyphs.treeBranch.displayWidth
        var widest = [Int](repeating: 0, count: Language.allCases.count)
        for row in tree.rows {
            let library = libraries[row.library]
            let branch = row.depth == 0 ? 0 : branchWidth
            let libraryCounts = counts[library.id]
            for (number, language) in Language.allCases.enumerated() {
                let summary = libraryCounts?.treeSummary(language, dot: glyphs.dot) ?? ""
                let width = branch + language.name(library.name, english: library.nameEnglish).displayWidth
                    + (summary.isEmpty ? 0 : 2 + summary.displayWidth)
                widest[number] = max(widest[number], width)
            }
        }
        var widestByLanguage: [Language: Int] = [:]
        for (number, language) in Language.allCases.enumerated() where !tree.rows.isEmpty {
            widestByLanguage[language] = widest[number]
        }
        return widestByLanguage
    }

    /// Positions in `records` grouped by the owner id `owner` gives (records without one left
    /// out), each group in record order. Counted first, so every group is allocated once at its size.
    private static func positionsByOwner<Record>(_ records: [Record], _ owner: (Record) -> String?) -> [String: [Int]] {
        var slots: [String: Int] = [:]
        var slotOfRecord = [Int32](repeating: -1, count: records.count)
        var sizes: [Int] = []
        for position in records.indices {
            guard let id = owner(records[position]) else { continue }
            let slot: Int
            if let existing = slots[id] {
                slot = existing
            } else {
                slot = sizes.count
                slots[id] = slot
                sizes.append(0)
            }
            slotOfRecord[position] = Int32(slot)
            sizes[slot] += 1
        }
        var groups = sizes.map { size -> [Int] in
            var group: [Int] = []
            group.reserveCapacity(size)
            return group
        }
        for (position, slot) in slotOfRecord.enumerated() where slot >= 0 { groups[Int(slot)].append(position) }
        var byOwner = [String: [Int]](minimumCapacity: slots.count)
        for (id, slot) in slots { byOwner[id] = groups[slot] }
        return byOwner
    }

    /// Positions of the programs each library leads or partners in, each program once per library.
    private static func programsByLibrary(_ programs: [Program]) -> [String: [Int]] {
        var byLibrary: [String: [Int]] = [:]
        for (position, program) in programs.enumerated() {
            let libraries = program.libraries
            for (number, library) in libraries.enumerated() where !libraries[..<number].contains(library) {
                byLibrary[library, default: []].append(position)
            }
        }
        return byLibrary
    }

    /// Takes the search indexes built in the background from this data's dataset; a second
    /// attachment is ignored.
    public mutating func attach(_ indexes: SearchIndexes) {
        if searchIndexes == nil { searchIndexes = indexes }
    }

    /// Position in `dataset.libraries` of the library with `id` (the index's lookup: the browser
    /// keeps no second map).
    public func libraryPosition(_ id: String) -> Int? {
        index.libraryPosition(id)
    }

    /// Position in `dataset.staff` of the person with `id`, to select a person found by search.
    public func staffPosition(_ id: String) -> Int? {
        index.staffPosition(id)
    }

    /// A library's or organisation's name in `language`, or the id when it is unknown.
    func ownerName(_ id: String, _ language: Language) -> String {
        if let library = index.library(id) { return language.name(library.name, english: library.nameEnglish) }
        if let organization = index.organization(id) { return language.name(organization.name, english: organization.nameEnglish) }
        return id
    }
}
