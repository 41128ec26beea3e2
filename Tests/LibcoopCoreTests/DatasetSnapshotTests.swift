import Foundation
import LibcoopSynthetic
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// A snapshot reads back exactly the dataset it was made from, every member of every kind
/// included, and no byte sequence makes the reader crash: it reads records or says corrupt.
@Suite struct DatasetSnapshotTests {
    /// One record of every kind with every optional member set, so a member the snapshot forgot
    /// to write would come back empty and fail the comparison.
    static let everyMember: Dataset = {
        let date = PartialDate(year: 2021, month: 5, day: 30)!
        let space = Space(id: "room", name: "阅览室", nameEnglish: "Reading room", kind: .readingRoom, status: .underConstruction,
                          notes: "二楼\n东侧", sources: ["src"])
        return Dataset(
            info: DatasetInfo(name: "数据集", nameEnglish: "Dataset", description: "说明", synthetic: true),
            sources: [Source(id: "src", title: "文章", titleEnglish: "Article", site: "网站", publisher: "出版", author: "作者",
                             postedBy: "发布", contributedBy: "供稿", date: PartialDate(year: 2022, month: 5), url: "https://example.org",
                             synthetic: true, notes: "备注", origin: RecordOrigin(file: 1, index: 7))],
            organizations: [Organization(id: "bureau", name: "文旅局", nameEnglish: "Bureau", kind: .partyCommittee, parent: "top",
                                         sources: ["src", "src2"], origin: RecordOrigin(file: 0, index: 3))],
            libraries: [Library(id: "city", name: "市馆", nameEnglish: "City", tier: .municipal, city: "南京", district: "雨花台",
                                pairedWith: "district", address: "路 1 号", floors: [Floor(level: -2, label: "B2", spaces: [space])],
                                spacesWithoutFloor: [space], notes: "馆注", sources: ["src"], origin: RecordOrigin(file: 2, index: 0))],
            staff: [StaffMember(id: "jiaoxiang", name: "焦翔", nameEnglish: "Jiao Xiang", library: "city", organization: "bureau",
                                department: "事业研究部", departmentEnglish: "R&D", title: "主任", titleEnglish: "Director",
                                sources: ["src"], origin: RecordOrigin(file: 0, index: 59_999))],
            programs: [Program(id: "prog", name: "项目", nameEnglish: "Program", kind: .readingPromotion, lead: "city",
                               partners: ["district"], organizations: ["bureau"], mode: .online, status: .running, start: date,
                               end: PartialDate(year: 2023), description: "描述", descriptionEnglish: "Description", sources: ["src"],
                               origin: RecordOrigin(file: 0, index: 1))],
            events: [LinkageEvent(id: "event", title: "活动", titleEnglish: "Event", date: date, endDate: PartialDate(year: 2021, month: 6),
                                  parent: "phase", libraries: ["city"], organizations: ["bureau"], participants: ["jiaoxiang"],
                                  programs: ["prog"], documents: ["doc"], spaces: ["room"], description: "描述",
                                  descriptionEnglish: "Description", sources: ["src"], origin: RecordOrigin(file: 0, index: 2))],
            phases: [LinkagePhase(id: "phase", title: "阶段", titleEnglish: "Phase", start: PartialDate(year: 2018), end: date,
                                  ongoing: true, parent: "earlier", libraries: ["city"], organizations: ["bureau"], description: "描述",
                                  descriptionEnglish: "Description", sources: ["src"], origin: RecordOrigin(file: 0, index: 4))],
            documents: [Document(id: "doc", title: "方案", titleEnglish: "Plan", kind: .workPlan, year: 2019, issuers: ["bureau"],
                                 description: "描述", sources: ["src"], origin: RecordOrigin(file: 0, index: 5))]
        )
    }()

    static func roundTrip(_ dataset: Dataset) throws -> Dataset {
        try decode(DatasetSnapshot.encodedWhole(dataset))
    }

    /// Decodes a whole snapshot held in an array.
    static func decode(_ bytes: [UInt8]) throws -> Dataset {
        try bytes.withUnsafeBytes { buffer in
            Result { () throws(SnapshotCorruption) -> Dataset in try DatasetSnapshot.decode(buffer) }
        }.get()
    }

    static func expectSame(_ decoded: Dataset, _ original: Dataset) {
        #expect(decoded.info == original.info)
        #expect(decoded.sources == original.sources)
        #expect(decoded.organizations == original.organizations)
        #expect(decoded.libraries == original.libraries)
        #expect(decoded.staff == original.staff)
        #expect(decoded.programs == original.programs)
        #expect(decoded.events == original.events)
        #expect(decoded.phases == original.phases)
        #expect(decoded.documents == original.documents)
    }

    @Test("every member of every kind of record comes back")
    func everyMemberRoundTrips() throws {
        Self.expectSame(try Self.roundTrip(Self.everyMember), Self.everyMember)
    }

    @Test("the sample dataset and a synthetic one come back equal")
    func datasetsRoundTrip() throws {
        let sample = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
        Self.expectSame(try Self.roundTrip(sample), sample)
        let synthetic = try DatasetLoader.load(bytes: SyntheticDatasetGenerator(libraries: 40, staff: 900, seed: 2).bytes())
        Self.expectSame(try Self.roundTrip(synthetic), synthetic)
        #expect(try Self.roundTrip(Dataset()).staff.isEmpty)
    }

    @Test("a snapshot cut short anywhere, or with bytes after its end, is corrupt, never a crash")
    func truncationIsCorruption() throws {
        let bytes = DatasetSnapshot.encodedWhole(Self.everyMember)
        for length in 0..<bytes.count {
            let cut = Array(bytes[..<length])
            #expect(throws: SnapshotCorruption.self) {
                _ = try Self.decode(cut)
            }
        }
        let longer = bytes + [0]
        #expect(throws: SnapshotCorruption.self) {
            _ = try Self.decode(longer)
        }
    }

    @Test("changed bytes read back as records or as corrupt: no crash, no hang (seeded mutations)")
    func mutationsNeverCrash() throws {
        let original = DatasetSnapshot.encodedWhole(try DatasetLoader.load(bytes: SyntheticDatasetGenerator(libraries: 6, staff: 40, seed: 4).bytes()))
        var random = SeededRandom(seed: 17)
        var outcomes = (read: 0, corrupt: 0)
        for _ in 0..<3000 {
            var bytes = original
            for _ in 0...random.below( 4) {
                let position = random.below( bytes.count)
                switch random.below( 3) {
                case 0: bytes[position] = UInt8(truncatingIfNeeded: random.below( 256))
                case 1: bytes[position] ^= 0x80
                default: bytes.insert(0xFF, at: position)
                }
            }
            do {
                _ = try Self.decode(bytes)
                outcomes.read += 1
            } catch {
                outcomes.corrupt += 1
            }
        }
        #expect(outcomes.corrupt > 1000)
    }

    @Test("a cache file's header: other magic, other schema, or any cut is refused")
    func snapshotFileHeader() throws {
        let stamp = SourceStamp(path: "/data/a.json", size: 12, modifiedSeconds: 1_700_000_000, modifiedNanoseconds: 5, fingerprint: 99)
        let file = Array(SnapshotFile.encode(Self.everyMember, sources: [stamp]).joined())
        let header = try #require(file.withUnsafeBytes { SnapshotFile.sources(in: $0) })
        #expect(header.sources == [stamp])
        let dataset = try #require(file.withUnsafeBytes { SnapshotFile.dataset(in: $0, snapshotStart: header.snapshotStart) })
        Self.expectSame(dataset, Self.everyMember)
        for length in 0..<file.count {
            let cut = Array(file[..<length])
            let read = cut.withUnsafeBytes { buffer in
                SnapshotFile.sources(in: buffer).flatMap { SnapshotFile.dataset(in: buffer, snapshotStart: $0.snapshotStart) }
            }
            #expect(read == nil)
        }
        var flipped = file
        flipped[flipped.count - 3] ^= 1
        #expect(flipped.withUnsafeBytes { SnapshotFile.dataset(in: $0, snapshotStart: header.snapshotStart) } == nil)
        var otherSchema = file
        otherSchema[9] ^= 1
        #expect(otherSchema.withUnsafeBytes { SnapshotFile.sources(in: $0) } == nil)
    }

    @Test("a file's fingerprint read in chunks is the fingerprint of its bytes at once", arguments: [0, 1, 31, 32, 33, 1 << 20, (1 << 20) + 17, 3 << 20])
    func streamedFingerprint(size: Int) throws {
        let scratch = try ScratchDirectory("fingerprint")
        defer { scratch.remove() }
        var random = SeededRandom(seed: UInt64(size))
        let bytes = (0..<size).map { _ in UInt8(truncatingIfNeeded: random.below( 256)) }
        let path = scratch.path("file")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let stamp = try #require(SourceStamp.current(of: path))
        #expect(stamp.size == size)
        #expect(stamp.fingerprint == bytes.withUnsafeBufferPointer { FileFingerprint($0).hash })
    }
}

extension Dataset {
    /// Equal record for record (a `Dataset` is not `Equatable`: nothing else compares whole datasets).
    static func == (lhs: Dataset, rhs: Dataset) -> Bool {
        lhs.info == rhs.info && lhs.sources == rhs.sources && lhs.organizations == rhs.organizations
            && lhs.libraries == rhs.libraries && lhs.staff == rhs.staff && lhs.programs == rhs.programs
            && lhs.events == rhs.events && lhs.phases == rhs.phases && lhs.documents == rhs.documents
    }
}
