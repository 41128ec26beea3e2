import Testing
@testable import LibcoopCore

@Suite struct PartialDateTests {
    @Test func parsesEachPrecisionAndPrintsItBack() throws {
        for text in ["2018", "2022-05", "2022-05-30", "2024-02-29"] {
            let date = try #require(PartialDate(iso: text))
            #expect(date.description == text)
        }
        #expect(PartialDate(iso: "2018")?.precision == .year)
        #expect(PartialDate(iso: "2022-05")?.precision == .month)
        #expect(PartialDate(iso: "2022-05-30")?.precision == .day)
    }

    @Test(arguments: ["2022-02-30", "2023-02-29", "2022-13", "2022-00-10", "2022-04-31", "22-05-30", "2022/05/30", "2022-5-30", "", "０２０２", "2022-05-30T00:00"])
    func rejectsImpossibleOrMisshapenDates(_ text: String) {
        #expect(PartialDate(iso: text) == nil)
    }

    @Test func ordersLessPreciseDatesBeforeTheDaysWithinThem() throws {
        let dates = ["2022-05-30", "2018", "2022", "2022-05", "2021-12-31"].compactMap(PartialDate.init(iso:))
        #expect(dates.sorted().map(\.description) == ["2018", "2021-12-31", "2022", "2022-05", "2022-05-30"])
    }
}
