import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// Results of work done for an effect come back through `Browser.update` as messages: `r` asks
/// for a reload, and the reloaded data (or the reason it could not be used) arrives as
/// `.reloaded`.
@Suite struct BrowserMessageTests {
    @Test func reloadedDataArrivingAsAMessageReplacesTheDataAndKeepsThePlace() throws {
        var state = startBrowser()
        send(&state, .char("j"), .char("3"))
        #expect(send(&state, .char("r")) == .reload)
        var dataset = sampleData.dataset
        let position = try #require(dataset.libraries.firstIndex { $0.id == "yuhuatai" })
        dataset.libraries[position].name = "雨花台区新图书馆"
        let reloaded = BrowserData(dataset: dataset, files: sampleData.files)
        #expect(Browser.update(&state, .reloaded(.success(reloaded))) == .none)
        #expect(state.data.dataset.libraries[position].name == "雨花台区新图书馆")
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(state.tab == .staff)
        let text = screen(state).joined(separator: "\n")
        #expect(text.contains("雨花台区新图书馆"), "the new data is not shown:\n\(text)")
        #expect(text.contains("已重新载入。"))
    }

    @Test func aFailedReloadArrivingAsAMessageKeepsTheDataAndSaysWhy() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"))
        Browser.update(&state, .reloaded(.failure(ReloadFailure(message: "data.json:1:1: broken"))))
        #expect(state.data.dataset.libraries.count == sampleData.dataset.libraries.count)
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(screen(state).last?.contains("Reload failed: 1 problem; still showing the old data") == true)
        #expect(state.reloadProblems == ["data.json:1:1: broken"])
    }

    @Test func theRuntimePerformsTheReloadAndItsResultComesBackThroughUpdate() throws {
        var backend = InMemoryBackend(size: Size(width: 100, height: 30))
        backend.inject([.key(KeyEvent(.character("j"))), .key(KeyEvent(.character("r"))), .key(KeyEvent(.character("q")))])
        var state = Browser.start(data: sampleData, size: backend.size, language: .english)
        var dataset = sampleData.dataset
        let position = try #require(dataset.libraries.firstIndex { $0.id == "yuhuatai" })
        dataset.libraries[position].nameEnglish = "Yuhuatai, reloaded"
        let reloaded = BrowserData(dataset: dataset, files: sampleData.files)
        BrowserRuntime.run(&state, on: &backend) { .success(reloaded) }
        #expect(state.data.dataset.libraries[position].nameEnglish == "Yuhuatai, reloaded")
        #expect(selectedLibraryID(state) == "yuhuatai")
        #expect(backend.screenLines.contains { $0.contains("Yuhuatai, reloaded") })
        #expect(backend.screenLines.last?.contains("Reloaded.") == true)
    }
}
