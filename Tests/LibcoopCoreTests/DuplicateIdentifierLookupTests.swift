import Testing
@testable import LibcoopCore

/// What `DatasetIndex` and `LibraryCounts` give when ids repeat (an unvalidated or merged
/// dataset): the first record with an id is the one looked up, a space's last place is where it
/// is, and a library listed twice is counted once with the floors of its last listing.
@Suite("Lookups and counts with repeated ids")
struct DuplicateIdentifierLookupTests {
    static let sources = ["synthetic"]

    static func space(_ id: String, _ name: String) -> Space {
        Space(id: id, name: name, kind: .readingRoom, sources: sources)
    }

    static let dataset = Dataset(
        libraries: [
            Library(id: "a", name: "A first", tier: .district, floors: [Floor(level: 1, spaces: [space("room", "first")])], sources: sources),
            Library(id: "b", name: "B", tier: .district, floors: [Floor(level: 2, spaces: [space("hall", "hall")])],
                    spacesWithoutFloor: [space("room", "second")], sources: sources),
            Library(id: "a", name: "A second", tier: .district,
                    floors: [Floor(level: 1, spaces: []), Floor(level: 2, spaces: [space("x", "x"), space("y", "y")])], sources: sources),
        ],
        staff: [
            StaffMember(id: "p", name: "甲", library: "a", sources: sources),
            StaffMember(id: "q", name: "乙", library: "a", organization: "b", sources: sources),
            StaffMember(id: "p", name: "丙", library: "b", sources: sources),
            StaffMember(id: "r", name: "丁", organization: "a", sources: sources),
            StaffMember(id: "s", name: "戊", library: "nowhere", sources: sources),
        ],
        programs: [
            Program(id: "reading", name: "reading", kind: .contest, lead: "a", partners: ["b", "a", "b"], sources: sources),
        ]
    )

    @Test("The first record with an id is the one found")
    func firstRecordWins() {
        let index = DatasetIndex(Self.dataset)
        #expect(index.libraryPosition("a") == 0)
        #expect(index.library("a")?.name == "A first")
        #expect(index.staffPosition("p") == 0)
        #expect(index.staffMember("p")?.name == "甲")
        #expect(index.staffPosition("s") == 4)
        #expect(index.staffPosition("t") == nil)
    }

    @Test("A space is where it is listed last, with its library and floor")
    func lastSpacePlaceWins() {
        let index = DatasetIndex(Self.dataset)
        #expect(index.space("room") == DatasetIndex.SpacePlace(library: "b", floorLevel: nil, space: Self.space("room", "second")))
        #expect(index.space("hall") == DatasetIndex.SpacePlace(library: "b", floorLevel: 2, space: Self.space("hall", "hall")))
        #expect(index.space("y") == DatasetIndex.SpacePlace(library: "a", floorLevel: 2, space: Self.space("y", "y")))
        #expect(index.space("nowhere") == nil)
    }

    @Test("A library listed twice is counted once, with its last listing's floors and every record naming it")
    func countsOfRepeatedLibrary() {
        let counts = LibraryCounts.all(in: Self.dataset)
        #expect(counts.count == 2)
        #expect(counts["a"]?.floors == 2)
        #expect(counts["a"]?.spaces == 2)
        #expect(counts["a"]?.staff == 2, "staff of an organisation with the library's id are not its staff")
        #expect(counts["a"]?.programs == 1)
        #expect(counts["b"]?.staff == 1)
        #expect(counts["b"]?.programs == 2, "a partner listed twice counts twice")
        #expect(counts["nowhere"] == nil)
    }
}
