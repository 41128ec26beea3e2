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
            "city-district-sharing", "one-to-one-liaison", "rd-department-coordination", "plan-2022-grassroots-service",
            "visit-2022-05-30", "visit-2022-05-30-tour", "visit-2022-05-30-talks", "visit-2022-05-30-training",
        ])
        #expect(entries.map(\.depth) == [0, 1, 1, 0, 0, 1, 1, 1])
    }

    @Test func theTimelineHasThe2022WorkPlanBeforeTheVisitsOfThatYearLinkedToTheTalks() throws {
        let entries = Timeline.entries(in: dataset)
        let plan = try #require(entries.first { $0.id == "plan-2022-grassroots-service" })
        #expect(plan.kind == .document)
        #expect(plan.title == "南京市公共图书馆2022年基层服务专项工作方案")
        #expect(plan.start == PartialDate(year: 2022))
        #expect(DateSpanText.text(plan) == "2022")
        #expect(plan.events == ["visit-2022-05-30-talks"])
        #expect(plan.libraries == ["jinling", "yuhuatai"], "the libraries of the talks that discuss it")
        #expect(entries.first { $0.id == "visit-2022-05-30-talks" }?.documents == ["plan-2022-grassroots-service"])
        for library in ["jinling", "yuhuatai"] {
            #expect(Timeline.entries(in: dataset, library: library).contains { $0.id == plan.id }, "\(library)")
        }
    }

    /// A document belongs to a library's timeline when the library issued it or took part in an
    /// event that discusses it; a document without a year is not on any timeline.
    @Test func documentsJoinTheTimelinesOfTheirIssuersAndOfTheEventsThatDiscussThem() {
        let sources = ["synthetic"]
        let library = { (id: String) in Library(id: id, name: id, tier: .district, sources: sources) }
        let dated = { (id: String, year: Int?, issuers: [String]) in
            Document(id: id, title: id, kind: .workPlan, year: year, issuers: issuers, sources: sources)
        }
        let synthetic = Dataset(
            libraries: [library("a"), library("b"), library("c")],
            events: [
                LinkageEvent(id: "meeting", title: "meeting", date: PartialDate(year: 2021, month: 3)!, libraries: ["b"],
                             documents: ["discussed"], sources: sources),
            ],
            phases: [LinkagePhase(id: "phase", title: "phase", start: PartialDate(year: 2021), libraries: ["a", "b", "c"], sources: sources)],
            documents: [
                dated("issued", 2021, ["a", "some-bureau"]), dated("discussed", 2021, []), dated("undated", nil, ["a", "b", "c"]),
            ]
        )
        #expect(Timeline.entries(in: synthetic).map(\.id) == ["phase", "issued", "discussed", "meeting"],
                "same year: the phase, then the documents in file order, then the event of a later month")
        #expect(Timeline.entries(in: synthetic, library: "a").map(\.id) == ["phase", "issued"])
        #expect(Timeline.entries(in: synthetic, library: "b").map(\.id) == ["phase", "discussed", "meeting"])
        #expect(Timeline.entries(in: synthetic, library: "c").map(\.id) == ["phase"])
        #expect(Timeline.entries(in: synthetic).first { $0.id == "issued" }?.libraries == ["a"], "an issuing bureau is not a library")
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
