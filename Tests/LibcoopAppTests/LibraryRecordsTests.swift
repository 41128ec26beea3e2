import LibcoopCore
import LibcoopTestSupport
import Testing
@testable import LibcoopApp
import LibcoopSynthetic

/// The per-library records the tabs show are derived from indexes built once per load; they must
/// say exactly what the core queries say, on the sample and on a generated national-style dataset.
@Suite struct LibraryRecordsTests {
    static func check(_ dataset: Dataset) {
        let data = BrowserData(dataset: dataset, files: [])
        for library in dataset.libraries {
            let records = LibraryRecords(library: library, data: data)
            #expect(records.programs.map(\.id) == ProgramQuery.programs(in: dataset, library: library.id).map(\.id), "\(library.id)")
            #expect(records.timeline.map(\.id) == Timeline.entries(in: dataset, library: library.id).map(\.id), "\(library.id)")
            #expect(records.partners.map(\.id) == dataset.libraries.filter { $0.pairedWith == library.id }.map(\.id))
        }
    }

    @Test func sampleRecordsAgreeWithTheQueries() throws {
        Self.check(try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset]))
    }

    @Test func generatedRecordsAgreeWithTheQueries() throws {
        let bytes = try SyntheticDatasetGenerator(libraries: 40, staff: 400, seed: 3).bytes()
        Self.check(try DatasetLoader.load(bytes: bytes))
    }

    @Test func yuhuataiFloorsRunTopDownWithUnplacedRoomsLast() throws {
        let dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
        let data = BrowserData(dataset: dataset, files: [])
        let yuhuatai = try #require(dataset.libraries.first { $0.id == "yuhuatai" })
        let bands = LibraryRecords(library: yuhuatai, data: data).bands
        #expect(bands.map { $0.label(.english) } == ["6F", "5F", "4F", "3F", "2F", "floor not given"])
        #expect(bands.last?.spaces.map(\.name) == ["会议室", "培训室"])
    }
}
