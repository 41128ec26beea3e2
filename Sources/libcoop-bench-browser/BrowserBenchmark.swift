import ArgumentParser
import Foundation
import LibcoopApp
import LibcoopCore
import LibcoopRender

/// `libcoop-bench-browser`: how quickly the browser answers, as a Markdown report — time to the
/// first frame on a dataset, and the time from a key to its finished frame (`update` then
/// `view`) for each kind of key. Run it through `scripts/bench-browser.sh` (release build).
@main
struct BrowserBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "libcoop-bench-browser",
        abstract: "Benchmark the browser's first frame and keystroke-to-frame latency; prints Markdown."
    )

    @Option(help: ArgumentHelp("Dataset file (default: the bundled sample).", valueName: "file"))
    var data: String?

    @Option(help: "Terminal width and height of the simulated screen.")
    var width = 120

    @Option(help: "Terminal height of the simulated screen.")
    var height = 40

    @Option(help: "Repetitions of each key.")
    var repeats = 200

    @Option(help: ArgumentHelp("Load through a dataset cache in this folder, as libcoop does: a first load keeps the snapshot, the timed one reads it.", valueName: "folder"))
    var cache: String?

    @Option(help: ArgumentHelp("Measure only the keys whose label contains this text (as `staff search`), to profile one.",
                               valueName: "text"))
    var only: String?

    func run() throws {
        let path = data ?? URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("data/nanjing.json").path
        let size = Size(width: width, height: height)
        print("# Browser benchmark\n")
        print("- command: `\(CommandLine.arguments.joined(separator: " "))`")
        print("- dataset: `\(path)`; screen \(width)×\(height); \(ProcessInfo.processInfo.activeProcessorCount) cores, shared machine\n")

        let datasetCache = cache.map { DatasetCache(directory: $0) }
        if let datasetCache {
            let (primed, _) = try DatasetLoader.load(paths: [path], cache: datasetCache, preparingBeforeStaffIndex: { _ in () })
            primed.snapshot.store()
        }
        let clock = ContinuousClock()
        let loadStart = clock.now
        let (loaded, pendingStaffIndex) = try DatasetLoader.load(
            paths: [path], cache: datasetCache, preparingBeforeStaffIndex: { BrowserData(dataset: $0, files: [path], searchIndexes: nil) })
        let (dataset, browserData) = (loaded.dataset, loaded.prepared)
        let derived = clock.now
        var state = Browser.start(data: browserData, size: size, language: .chinese)
        _ = Browser.view(state)
        let firstFrame = clock.now
        let indexes = SearchIndexes(dataset: dataset, staff: pendingStaffIndex.finish())
        Browser.update(&state, .indexed(indexes))
        let indexed = clock.now
        print("## Time to first frame\n")
        print("As `libcoop` does it: the staff names are folded on a second core while the file is decoded, the")
        print("browser's lookups are derived there while the dataset is validated (a snapshot this build kept is not")
        print("validated again), the first frame is drawn, and")
        print("the search indexes are finished after it (in `libcoop`, in the background).\n")
        print("| step | ms |")
        print("|---|---|")
        let readFrom = loaded.isFromCache ? "read the cached snapshot and derive" : "read the file, validate and derive"
        print("| \(readFrom) browser data (\(dataset.staff.count) staff, \(dataset.libraries.count) libraries) | \(ms(derived - loadStart)) |")
        print("| first `update`-ready state and `view` | \(ms(firstFrame - derived)) |")
        print("| **first frame** | **\(ms(firstFrame - loadStart))** |")
        print("| then: search indexes ready (staff ranking, record index) | \(ms(indexed - firstFrame)) |\n")

        print("## Key to finished frame (`update` + `view`)\n")
        print("| key, where | presses | p50 ms | p99 ms | max ms |")
        print("|---|---|---|---|---|")
        func measure(_ label: String, _ events: [InputEvent], setUp: (inout BrowserState) -> Void = { _ in }) {
            if let only, !label.contains(only) { return }
            var copy = state
            setUp(&copy)
            var times: [Duration] = []
            for index in 0..<repeats {
                let event = events[index % events.count]
                let start = clock.now
                Browser.update(&copy, event)
                _ = Browser.view(copy)
                times.append(clock.now - start)
            }
            times.sort()
            print("| \(label) | \(times.count) | \(ms(times[times.count / 2])) | \(ms(times[min(times.count - 1, times.count * 99 / 100)])) | \(ms(times.last!)) |")
        }
        measure("j / k in the library tree", [.key(.down), .key(.up), .key(.down)])
        measure("j in the Staff tab of the largest library", [.key(.down)]) { state in
            let largest = state.data.staffByLibrary.max { $0.value.count < $1.value.count }?.key
            if let largest, let position = state.data.libraryPosition(largest), let row = state.data.tree.row(ofLibrary: position) {
                state.tree.selected = row
            }
            Browser.update(&state, .key(KeyEvent(.character("3"))))
        }
        measure("switching tabs 1–5", "12345".map { .key(KeyEvent(.character($0))) })
        measure("typing a name in staff search (`/` zhangwei, Backspace)", Array("zhangwei").map { .key(KeyEvent(.character($0))) } + Array(repeating: .key(.backspace), count: 8)) { state in
            Browser.update(&state, .key(KeyEvent(.character("/"))))
        }
        measure("typing in record search (`:` tushuguan)", Array("tushuguan").map { .key(KeyEvent(.character($0))) } + Array(repeating: .key(.backspace), count: 9)) { state in
            Browser.update(&state, .key(KeyEvent(.character(":"))))
        }
    }

    private func ms(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return String(format: "%.2f", Double(seconds) * 1000 + Double(attoseconds) / 1e15)
    }
}
