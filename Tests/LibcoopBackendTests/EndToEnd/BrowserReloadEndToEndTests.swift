import Foundation
import LibcoopTestSupport
import Testing

/// Reload (`r`) in the real browser: the dataset file is broken underneath it, `r` says in the
/// UI's language how many problems the new file has while the old data stays on screen, and `p`
/// lists them; fixed again, `r` reloads it.
@Suite("Reload in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserReloadEndToEndTests {
    let browser = BrowserEndToEndTests()

    @Test("r on a dataset broken underneath: the problem count in Chinese, the old data kept, p lists the problems")
    func reloadOfABrokenDataset() throws {
        let data = try ScratchDirectory("reload")
        defer { data.remove() }
        let path = data.path("nanjing.json")
        let original = try String(contentsOfFile: RepositoryFiles.sampleDataset, encoding: .utf8)
        try original.write(toFile: path, atomically: true, encoding: .utf8)
        let (session, folder) = try browser.start(width: 100, height: 30, arguments: ["--data", path])
        defer { session.close(); folder.remove() }
        try session.sendKeys("j")
        _ = try #require(try session.waitForScreen { $0.first?.contains("› 雨花台区图书馆") == true }, "Yuhuatai not selected: \(browser.shown(session))")

        let broken = original.replacingOccurrences(of: "\"tier\": \"district\"", with: "\"tier\": \"distrct\"")
        #expect(broken != original)
        try broken.write(toFile: path, atomically: true, encoding: .utf8)
        try session.sendKeys("r")
        let failed = try #require(try session.waitForScreen { $0.contains { $0.contains("重新载入失败：") } },
                                  "no reload message: \(browser.shown(session))")
        let status = failed.last ?? ""
        #expect(status.contains("个问题，仍显示原数据。按 p 查看"), "\(status)")
        let count = status.split(separator: "：").dropFirst().first?.split(separator: " ").first.flatMap { Int($0) }
        #expect((count ?? 0) >= 1, "no count in \(status)")
        // The old data stays: Yuhuatai is still there, with its tier as it was loaded.
        #expect(failed.first?.contains("› 雨花台区图书馆") == true, "\(failed)")
        #expect(failed.contains { $0.contains("区级") }, "the old tier should still show: \(failed)")

        try session.sendKeys("p")
        let list = try #require(try session.waitFor("重新载入发现的问题（\(count ?? 0)）"), "p did not list the problems: \(browser.shown(session))")
        #expect(list.joined().contains("libraries/1/tier:") && list.joined().contains("\"distrct\""), "\(list)")
        try session.sendKeys("Escape")
        _ = try #require(try session.waitForScreen { !$0.contains { $0.contains("重新载入发现的问题") } })

        try original.write(toFile: path, atomically: true, encoding: .utf8)
        try session.sendKeys("r")
        _ = try #require(try session.waitFor("已重新载入"), "the fixed file did not reload: \(browser.shown(session))")
        try session.sendKeys("q")
        try browser.checks.expectRestored(session, folder, status: [0])
    }
}
