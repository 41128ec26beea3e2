import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// One way of writing a span of dates, shared by the commands, the browser and record search.
@Suite struct DateSpanTextTests {
    private func date(_ text: String) -> PartialDate? { PartialDate(iso: text) }

    @Test func everyCombinationOfKnownEndsHasOneSpelling() {
        #expect(DateSpanText.text(start: date("2018"), end: nil, ongoing: false) == "2018 –")
        #expect(DateSpanText.text(start: date("2018"), end: nil, ongoing: true) == "2018 – …")
        #expect(DateSpanText.text(start: date("2018"), end: date("2020"), ongoing: false) == "2018 – 2020")
        #expect(DateSpanText.text(start: date("2022-05"), end: date("2022-05"), ongoing: false) == "2022-05")
        #expect(DateSpanText.text(start: nil, end: date("2020"), ongoing: false) == "? – 2020")
        #expect(DateSpanText.text(start: nil, end: nil, ongoing: true) == "? – …")
        #expect(DateSpanText.text(start: nil, end: nil, ongoing: false) == "—")
    }

    /// The phase of the sample that began in 2018 and whose end the article does not give reads
    /// the same on the timeline and in record search.
    @Test func aPhaseWithAStartAndNoEndReadsTheSameInTimelineAndSearch() throws {
        let dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset])
        let entry = try #require(Timeline.entries(in: dataset).first { $0.id == "one-to-one-liaison" })
        #expect(DateSpanText.text(entry) == "2018 –")
        let found = try #require(RecordSearchIndex(dataset).search("one-to-one-liaison").first)
        #expect(found.context.hasPrefix("2018 – ·") || found.context == "2018 –")
    }

    @Test func programsAndEvents() throws {
        let completed = Program(id: "p", name: "p", kind: .other, status: .completed, start: date("2021"), sources: ["s"])
        #expect(DateSpanText.text(completed) == "2021")
        let running = Program(id: "p", name: "p", kind: .other, status: .running, start: date("2021"), sources: ["s"])
        #expect(DateSpanText.text(running) == "2021 – …")
    }
}
