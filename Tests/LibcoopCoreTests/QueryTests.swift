import LibcoopTestSupport
import Testing
@testable import LibcoopCore

@Suite struct QueryTests {
    let dataset: Dataset

    init() throws {
        dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
    }

    @Test(arguments: ["yuhuatai", "雨花台区图书馆", "雨花台", "Yuhuatai District Library", "yuhuatai district library", "Yuhuatai"])
    func aLibraryIsFoundByIdOrName(_ query: String) throws {
        let library = try LibraryResolver.resolve(query, in: dataset.libraries).get()
        #expect(library.id == "yuhuatai")
    }

    @Test func anAmbiguousOrUnknownLibraryIsExplained() {
        guard case .failure(.ambiguous(_, let candidates)) = LibraryResolver.resolve("图书馆", in: dataset.libraries) else {
            Issue.record("图书馆 should be ambiguous")
            return
        }
        #expect(candidates.count == 2)
        guard case .failure(let failure) = LibraryResolver.resolve("yuhuatia", in: dataset.libraries) else {
            Issue.record("a typo should not match")
            return
        }
        #expect(failure.description.contains("did you mean \"yuhuatai\""))
    }

    @Test func programsByLibraryAndYear() throws {
        #expect(ProgramQuery.programs(in: dataset, library: "jinling").count == 9)
        #expect(ProgramQuery.programs(in: dataset, year: 2022).isEmpty, "no program in the article is dated")
        let minimal = try DatasetLoader.load(paths: [RepositoryFiles.path("Tests/Fixtures/valid/minimal.json")])
        #expect(ProgramQuery.programs(in: minimal, year: 2021).map(\.id) == ["prog"])
        #expect(ProgramQuery.programs(in: minimal, year: 2022).map(\.id) == ["prog"])
        #expect(ProgramQuery.programs(in: minimal, year: 2023).isEmpty)
        #expect(ProgramQuery.programs(in: minimal, library: "city", year: 2021).map(\.id) == ["prog"])
    }

    @Test func theTimelineRunsFrom2018ToTheVisitWithPartsUnderTheirWhole() {
        let entries = Timeline.entries(in: dataset)
        #expect(entries.map(\.id) == [
            "city-district-sharing", "one-to-one-liaison", "rd-department-coordination",
            "visit-2022-05-30", "visit-2022-05-30-tour", "visit-2022-05-30-talks", "visit-2022-05-30-training",
        ])
        #expect(entries.map(\.depth) == [0, 1, 1, 0, 1, 1, 1])
    }

    @Test func libraryCountsTallyEachKindOfRecord() {
        let counts = LibraryCounts.all(in: dataset)
        #expect(counts["yuhuatai"]?.floors == 5)
        #expect(counts["yuhuatai"]?.spaces == 15)
        #expect(counts["yuhuatai"]?.staff == 2)
        #expect(counts["jinling"]?.staff == 6)
        #expect(counts["jinling"]?.events == 4)
    }
}
