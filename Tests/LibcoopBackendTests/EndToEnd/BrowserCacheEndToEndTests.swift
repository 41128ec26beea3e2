import Foundation
import LibcoopTestSupport
import Testing

/// The real binary in tmux on a dataset large enough to be cached: the first start keeps a
/// snapshot, the second draws the same screen from it, and after the file is edited the browser
/// shows the edit, not the snapshot.
@Suite("the dataset cache in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserCacheEndToEndTests {
    @Test("the second start draws what the first drew, from the snapshot; an edited file is read again")
    func secondStartFromSnapshot() throws {
        let scratch = try ScratchDirectory("e2e-cache")
        defer { scratch.remove() }
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let data = scratch.path("province.json")
        let generated = try ChildProcess.run([libcoop, "generate", "--libraries", "120", "--staff", "4000", "--seed", "5", "--output", data])
        try #require(generated.status == 0, "\(generated.errors)")
        let environment = ["XDG_CACHE_HOME": scratch.path("cache")]
        let snapshots = { ((try? FileManager.default.contentsOfDirectory(atPath: scratch.path("cache/libcoop"))) ?? []).filter { $0.hasSuffix(".snapshot") } }

        func firstScreen() throws -> [String] {
            let run = try BrowserRun(width: 100, height: 30, arguments: ["--data", data], environment: environment, firstFrame: "南京市图书馆")
            defer { run.close() }
            // The snapshot is kept in the background after the first frame: wait until the
            // search answers (it is kept before the indexes are built), then quit.
            try run.session.type("/zhang")
            let answered = try run.session.waitFor("搜索人员 · ")
            let shown = ((try? run.session.screen()) ?? []).joined(separator: "\n")
            #expect(answered != nil, "staff search did not answer: \(shown)")
            try run.session.sendKeys("Escape")
            let screen = try #require(try run.session.waitForScreen { !$0.contains { $0.contains("搜索人员") } })
            try run.session.sendKeys("q")
            return screen
        }

        let fromFile = try firstScreen()
        #expect(snapshots().count == 1)
        let fromSnapshot = try firstScreen()
        #expect(fromSnapshot == fromFile)

        var text = try String(contentsOfFile: data, encoding: .utf8)
        let municipal = "南京市图书馆"
        try #require(text.contains("\"name\": \"\(municipal)\""))
        text = text.replacingOccurrences(of: "\"name\": \"\(municipal)\"", with: "\"name\": \"金陵图书馆\"")
        try text.write(toFile: data, atomically: true, encoding: .utf8)
        let run = try BrowserRun(width: 100, height: 30, arguments: ["--data", data], environment: environment, firstFrame: "金陵图书馆")
        defer { run.close() }
        try run.session.sendKeys("q")
    }
}
