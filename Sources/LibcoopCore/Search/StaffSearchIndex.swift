import Foundation
import LibcoopSearch

/// Finds staff by name the way Chinese names are typed: characters (`焦翔`, `翔`), pinyin with or
/// without spaces (`jiaoxiang`, `jiao xiang`, `JiaoXiang`), part pinyin (`jiaox`, `zhangqw`),
/// initials (`jx`), Traditional characters (`張慶文`), mixed (`张q`, `zhang庆`), English names and ids.
///
/// Build it once when a dataset is loaded (about a second for a million staff; the pinyin of each
/// distinct character comes from ICU once) and keep it: it is an immutable value, safe to share.
/// Matches are ranked exact, prefix, word start, substring, subsequence (see `MatchKind`), ties by
/// library (in the dataset's order; staff of organisations after all libraries) and then pinyin.
///
/// A query over a million staff takes well under a frame (16 ms); `docs/PERFORMANCE.md` has the
/// figures. For search-as-you-type keep a `SearchSession`, which narrows the previous results
/// instead of starting again.
public struct StaffSearchIndex: Sendable {
    /// The staff the index was built from, in their original order.
    public let staff: [StaffMember]
    let names: NameIndex
    private let identifiers: IdentifierTable
    private let libraryGroups: [String: UInt32]
    private let libraryNames: [String: String]
    private let organizationNames: [String: String]

    /// Indexes the dataset's staff, ranked by the order of its libraries and organisations.
    public init(_ dataset: Dataset) {
        self.init(staff: dataset.staff, libraries: dataset.libraries, organizations: dataset.organizations)
    }

    /// Indexes `staff`. `libraries` and `organizations` give the ranking order of their people;
    /// people of neither come last.
    public init(staff: [StaffMember], libraries: [Library] = [], organizations: [Organization] = []) {
        var builder = NameIndexBuilder(expectedCount: staff.count)
        for person in staff { builder.note(person.name) }
        builder.prepareNoted()
        for position in staff.indices { builder.add(name: staff[position].name, alias: staff[position].nameEnglish) }
        self.init(staff: staff, libraries: libraries, organizations: organizations, names: consume builder)
    }

    /// Indexes `staff` from a builder that already holds their names, in order (see
    /// `StaffIndexStream`); only the ranking by library is added here.
    init(staff: [StaffMember], libraries: [Library], organizations: [Organization], names builder: consuming NameIndexBuilder) {
        self.staff = staff
        var libraryGroups: [String: UInt32] = [:]
        for (index, library) in libraries.enumerated() where libraryGroups[library.id] == nil {
            libraryGroups[library.id] = UInt32(index)
        }
        var organizationGroups: [String: UInt32] = [:]
        for (index, organization) in organizations.enumerated() where organizationGroups[organization.id] == nil {
            organizationGroups[organization.id] = UInt32(libraries.count + index)
        }
        libraryNames = Dictionary(libraries.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        organizationNames = Dictionary(organizations.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        let unaffiliated = UInt32(libraries.count + organizations.count)
        for position in staff.indices {
            let group = staff[position].library.flatMap { libraryGroups[$0] }
                ?? staff[position].organization.flatMap { organizationGroups[$0] } ?? unaffiliated
            builder.setGroup(group, ofRecord: position)
        }
        names = builder.finish()
        identifiers = IdentifierTable(count: staff.count) { staff[$0].id }
        self.libraryGroups = libraryGroups
    }

    /// Number of people indexed.
    public var count: Int { staff.count }

    /// The best `limit` matches for `query`, best first; only people of the library with id
    /// `library` when given (none when no library has that id). An empty query, or one of only
    /// spaces and punctuation, matches nobody.
    public func search(_ query: String, library: String? = nil, limit: Int = 20) -> [StaffMatch] {
        staffMatches(result(for: query, library: library, limit: limit, candidates: nil).result)
    }

    /// Toneless pinyin of the name of the person at `index` in `staff`: "jiao xiang".
    public func pinyin(ofStaffAt index: Int) -> String {
        names.pinyin(ofRecord: index)
    }

    /// The name of the library or organisation `member` belongs to, when the index was given it.
    public func affiliationName(of member: StaffMember) -> String? {
        member.library.flatMap { libraryNames[$0] } ?? member.organization.flatMap { organizationNames[$0] }
    }

    /// Bytes held by the index itself (not by the staff records), for the benchmark's memory figure.
    public var indexBytes: Int {
        names.storageBytes + identifiers.storageBytes + (libraryGroups.count + libraryNames.count + organizationNames.count) * 48
    }

    // MARK: For SearchSession and RecordSearchIndex

    /// Searches, optionally only among `candidates` (ascending rank positions), and returns the
    /// result with the query's atoms.
    func result(for query: String, library: String?, limit: Int, candidates: [UInt32]?) -> (result: NameSearchResult, atoms: [UInt32]) {
        let atoms = names.atoms(of: query)
        let range: Range<Int>
        if let library {
            guard let group = libraryGroups[library] else { return (.none, atoms) }
            range = names.groupRanges[group] ?? 0..<0
        } else {
            range = 0..<names.count
        }
        var exact: [Int] = []
        let typedID = query.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        if !typedID.isEmpty, let record = identifiers.record(withID: typedID, id: { staff[$0].id }) {
            exact.append(names.position(ofRecord: record))
        }
        return (names.search(atoms: atoms, in: range, limit: limit, exactPositions: exact, candidates: candidates), atoms)
    }

    func staffMatches(_ result: NameSearchResult) -> [StaffMatch] {
        result.matches.map { match in
            let record = names.record(atPosition: match.position)
            return StaffMatch(staffIndex: record, member: staff[record], kind: match.kind, pinyin: names.pinyin(ofRecord: record))
        }
    }
}
