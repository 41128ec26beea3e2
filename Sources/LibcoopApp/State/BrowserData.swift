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
        var widest: [Language: Int] = [:]
        for row in tree.rows {
            let library = dataset.libraries[row.library]
            let branch = row.depth == 0 ? 0 : Glyphs.current.treeBranch.displayWidth
            for language in Language.allCases {
                let summary = counts[library.id]?.treeSummary(language) ?? ""
                let row = branch + language.name(library.name, english: library.nameEnglish).displayWidth
                    + (summary.isEmpty ? 0 : 2 + summary.displayWidth)
                widest[language] = max(widest[language] ?? 0, row)
            }
        }
        widestTreeRow = widest
        var staffByLibrary: [String: [Int]] = [:]
        for (position, member) in dataset.staff.enumerated() {
            if let owner = member.library ?? member.organization { staffByLibrary[owner, default: []].append(position) }
        }
        self.staffByLibrary = staffByLibrary
        timeline = Timeline.entries(in: dataset)
        var programsByLibrary: [String: [Int]] = [:]
        for (position, program) in dataset.programs.enumerated() {
            for library in Set(program.libraries) { programsByLibrary[library, default: []].append(position) }
        }
        self.programsByLibrary = programsByLibrary
        var partnersByLibrary: [String: [Int]] = [:]
        for (position, library) in dataset.libraries.enumerated() {
            if let central = library.pairedWith { partnersByLibrary[central, default: []].append(position) }
        }
        self.partnersByLibrary = partnersByLibrary
        self.searchIndexes = searchIndexes
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
