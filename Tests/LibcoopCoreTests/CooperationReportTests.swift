import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// The year's cooperation summary on the sample (what the 2022-06-08 article reports) and on small
/// synthetic datasets for the rules the sample does not exercise.
@Suite struct CooperationReportTests {
    let index: DatasetIndex

    init() throws {
        index = DatasetIndex(try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset]))
    }

    @Test func theLatestYearWithRecordsIs2022() {
        #expect(CooperationReport.latestYear(in: index.dataset) == 2022)
        #expect(CooperationReport.latestYear(in: Dataset()) == nil)
    }

    @Test func the2022ReportGroupsTheVisitItsTalksAndItsTraining() throws {
        let report = CooperationReport(index: index, year: 2022)
        #expect(report.eventGroups.map(\.kind) == [.visit, .talks, .training])
        #expect(report.eventGroups.map(\.ids) == [["visit-2022-05-30"], ["visit-2022-05-30-talks"], ["visit-2022-05-30-training"]])
        let visit = try #require(report.eventGroups.first?.entries.first)
        #expect(visit.parts.map(\.id) == ["visit-2022-05-30-tour"])
        #expect(visit.participants.map(\.affiliation) == ["jinling", "yuhuatai-wenlu", "yuhuatai"])
        #expect(visit.participants.last?.people.map(\.name) == ["张庆文", "钱桦"])
        #expect(report.eventIDs.count == 3)
    }

    @Test func the2022ReportHasTheWorkPlanPhasesAndYuhuataisPrograms() {
        let report = CooperationReport(index: index, year: 2022)
        #expect(report.documents.map(\.title) == ["南京市公共图书馆2022年基层服务专项工作方案"])
        #expect(report.phases.map(\.id) == ["city-district-sharing", "rd-department-coordination"])
        let yuhuatais = index.dataset.programs.filter { $0.lead == "yuhuatai" }.map(\.id)
        #expect(yuhuatais.count == 6)
        #expect(Set(yuhuatais).isSubset(of: Set(report.programs.map(\.program.id))))
        for entry in report.programs {
            guard case .reportedBy(let source) = entry.basis else {
                Issue.record("\(entry.program.id) is undated; only its 2022 source can place it")
                continue
            }
            #expect(source.id == "shuxiang-2022-06-08")
        }
    }

    @Test func everyIdInTheTotalsIsARecordOfTheReport() {
        let report = CooperationReport(index: index, year: 2022)
        #expect(report.libraryTotals.map(\.library.id) == ["jinling", "yuhuatai"])
        let yuhuatai = report.libraryTotals[1]
        #expect(yuhuatai.events == report.eventIDs)
        #expect(yuhuatai.programsLed.count == 6 && yuhuatai.programsPartnered.count == 3)
        #expect(yuhuatai.documents == ["plan-2022-grassroots-service"])
        for totals in report.libraryTotals {
            #expect(totals.events.allSatisfy { index.event($0) != nil })
            #expect((totals.programsLed + totals.programsPartnered).allSatisfy { index.program($0) != nil })
            #expect(totals.phases.allSatisfy { index.phase($0) != nil })
        }
    }

    @Test func a2018ReportHasTheFirstPhasesAndNothingReportedIn2022() {
        let report = CooperationReport(index: index, year: 2018)
        #expect(report.phases.map(\.id) == ["city-district-sharing", "one-to-one-liaison"])
        #expect(report.eventGroups.isEmpty && report.programs.isEmpty && report.documents.isEmpty)
    }

    @Test func oneLibrarysReportKeepsTheWorkPlanItsTalksNamed() {
        let report = CooperationReport(index: index, year: 2022, library: "yuhuatai")
        #expect(report.library?.id == "yuhuatai")
        #expect(report.documents.map(\.id) == ["plan-2022-grassroots-service"])
        #expect(report.libraryTotals.map(\.library.id) == ["yuhuatai"])
    }

    @Test(arguments: [
        ("金陵图书馆馆长一行到雨花台区图书馆调研", EventKind.visit), ("参观调研雨花台区图书馆建设情况", .visit),
        ("座谈交流", .talks), ("图书馆基础业务辅导培训会", .training), ("Staff training day", .training), ("读书节开幕", .other),
    ])
    func anEventsKindComesFromItsTitle(_ title: String, _ kind: EventKind) {
        #expect(EventKind.of(LinkageEvent(id: "e", title: title, date: PartialDate(year: 2022)!, sources: ["s"])) == kind)
    }

    @Test func datedProgramsCountInEveryYearTheyRun() {
        let dataset = Dataset(
            libraries: [Library(id: "city", name: "市图书馆", tier: .municipal, sources: ["s"])],
            programs: [
                Program(id: "span", name: "跨年项目", kind: .other, lead: "city", start: PartialDate(year: 2021), end: PartialDate(year: 2023, month: 6), sources: ["s"]),
                Program(id: "running", name: "常设项目", kind: .other, lead: "city", status: .running, start: PartialDate(year: 2019), sources: ["s"]),
                Program(id: "later", name: "后来的项目", kind: .other, lead: "city", start: PartialDate(year: 2024), sources: ["s"]),
            ]
        )
        let report = CooperationReport(index: DatasetIndex(dataset), year: 2022)
        #expect(report.programs.map(\.program.id) == ["span", "running"])
        #expect(report.programs.allSatisfy { $0.basis == .dates })
        #expect(report.libraryTotals.first?.programsLed == ["span", "running"])
    }
}
