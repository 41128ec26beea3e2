import Foundation
import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// The browser opens before its search indexes are built (`BrowserData.searchIndexes` nil) and
/// takes them when `BrowserMessage.indexed` brings them. Until then `/` and `:` say they are
/// indexing and keep what is typed; once the indexes arrive, every screen is the one the browser
/// shows when it had them from the start.
@Suite struct BackgroundIndexingTests {
    /// The sample without its search indexes, and the indexes to deliver later.
    private static func unindexed() -> (data: BrowserData, indexes: SearchIndexes) {
        let dataset = sampleData.dataset
        let data = BrowserData(dataset: dataset, files: sampleData.files, searchIndexes: nil)
        return (data, SearchIndexes(dataset: dataset, staff: StaffSearchIndex(dataset)))
    }

    private static func start(_ data: BrowserData, language: Language = .chinese) -> BrowserState {
        Browser.start(data: data, size: Size(width: 120, height: 40), language: language)
    }

    @Test(arguments: [Language.chinese, .english])
    func staffSearchTypedWhileIndexingShowsTheSameResultsOnceTheIndexArrives(language: Language) {
        let (data, indexes) = Self.unindexed()
        var early = Self.start(data, language: language)
        send(&early, .char("/"))
        type(&early, "zhang")
        let waiting = screen(early).joined(separator: "\n")
        #expect(waiting.contains(language.pick("正在建立索引", "indexing")), "no indexing notice:\n\(waiting)")
        #expect(!waiting.contains("张庆文"))
        Browser.update(&early, .indexed(indexes))

        var ready = Self.start(sampleData, language: language)
        send(&ready, .char("/"))
        type(&ready, "zhang")
        #expect(screen(early) == screen(ready))
        #expect(screen(ready).joined().contains("张庆文"))

        // Typing on, and following a result, behave as they do with the index from the start.
        type(&early, "qingwen")
        type(&ready, "qingwen")
        #expect(screen(early) == screen(ready))
        send(&early, .key(.enter))
        send(&ready, .key(.enter))
        #expect(screen(early) == screen(ready))
        #expect(personOverlayID(early) == personOverlayID(ready))
    }

    @Test(arguments: [Language.chinese, .english])
    func recordSearchTypedWhileIndexingShowsTheSameResultsOnceTheIndexArrives(language: Language) {
        let (data, indexes) = Self.unindexed()
        var early = Self.start(data, language: language)
        send(&early, .char(":"))
        type(&early, "yuhua")
        let waiting = screen(early).joined(separator: "\n")
        #expect(waiting.contains(language.pick("正在建立索引", "indexing")), "no indexing notice:\n\(waiting)")
        #expect(!waiting.contains(language.pick("没有匹配的记录。", "Nothing matches.")))
        Browser.update(&early, .indexed(indexes))

        var ready = Self.start(sampleData, language: language)
        send(&ready, .char(":"))
        type(&ready, "yuhua")
        #expect(screen(early) == screen(ready))
        #expect(!screen(ready).joined().contains(language.pick("没有匹配的记录。", "Nothing matches.")))
        send(&early, .key(.down), .key(.enter))
        send(&ready, .key(.down), .key(.enter))
        #expect(screen(early) == screen(ready))
        #expect(selectedLibraryID(early) == selectedLibraryID(ready))
    }

    @Test func theStaffTabShowsPinyinOnceTheIndexArrives() {
        let (data, indexes) = Self.unindexed()
        var early = Self.start(data)
        var ready = Self.start(sampleData)
        send(&early, .char("3"))
        send(&ready, .char("3"))
        Browser.update(&early, .indexed(indexes))
        #expect(screen(early) == screen(ready))
    }

    @Test func indexesArrivingAfterAReloadAreIgnored() {
        let (data, indexes) = Self.unindexed()
        var state = Self.start(data)
        Browser.update(&state, .reloaded(.success(sampleData)))
        Browser.update(&state, .indexed(indexes))
        #expect(state.data.staffIndex?.staff.count == sampleData.staffIndex?.staff.count)
        #expect(state.data.searchIndexes != nil)
    }

    @Test func theRuntimeHandsTheFinishedIndexesToTheBrowserBeforeItsNextFrame() {
        let (data, indexes) = Self.unindexed()
        let work = BackgroundWork(firstStep: "", onChange: {}) { _ in indexes }
        while work.result == nil { Thread.sleep(forTimeInterval: 0.001) }
        var backend = InMemoryBackend(size: Size(width: 120, height: 40))
        // Enter follows the first result (and remembers the search for `n`), Escape closes the
        // person, `q` quits.
        backend.inject([.char("/")] + InputEvent.typing("zhangqingwen") + [.key(.enter), .key(.escape), .char("q")])
        var state = Self.start(data)
        BrowserRuntime.run(&state, on: &backend, reload: { .failure(ReloadFailure(message: "")) }, indexing: work)
        #expect(state.data.searchIndexes != nil)
        #expect(state.lastSearch?.query == "zhangqingwen")
        #expect(state.lastSearch.map { state.data.dataset.staff[$0.staff[$0.current]].name } == "张庆文")
    }
}
