import Foundation
import LibcoopTestSupport
import Testing

/// The browser's `e` in a real terminal (tmux): `EDITOR` is a script that records the terminal's
/// modes and changes a person's title with sed, as a person at an editor would. The browser must
/// give the terminal back while the editor runs (normal screen, cooked modes), take it back after,
/// and show the new title with the person still open; only that record's bytes change on disk.
@Suite("Browser editing end to end in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserEditEndToEndTests {
    let checks = GalleryEndToEndTests()
    let browser = BrowserEndToEndTests()

    @Test("e on a person edits their title in $EDITOR, and the new title shows")
    func editATitleFromTheBrowser() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e-edit")
        defer { folder.remove() }
        let q = TmuxSession.quote
        let data = folder.path("records.json")
        let original = try Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.sampleDataset))
        try original.write(to: URL(fileURLWithPath: data))
        let editor = folder.path("editor.sh")
        try """
            #!/bin/sh
            stty -a > \(q(folder.path("editor-stty")))
            sed -i 's/"title": "副馆长"/"title": "特聘馆长"/' "$1"
            """.write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        try FileManager.default.createDirectory(atPath: folder.path("tmp"), withIntermediateDirectories: true)
        let script = """
            export LANG=C.UTF-8
            unset LC_ALL LIBCOOP_DATA NO_COLOR VISUAL
            export EDITOR=\(q("/bin/sh " + editor)) TMPDIR=\(q(folder.path("tmp")))
            sh -c 'echo $$ > "$0"; exec "$@"' \(q(folder.path("pid"))) \(q(libcoop)) --lang zh --data \(q(data)) --open staff:zhangqingwen
            echo $? > \(q(folder.path("exit")))
            stty -a > \(q(folder.path("stty")))
            echo ok > \(q(folder.path("done")))
            exec sleep 600
            """
        try script.write(toFile: folder.path("run.sh"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 100, height: 30, command: "sh \(q(folder.path("run.sh")))")
        defer { session.close() }
        let opened = try session.waitForScreen { $0.contains { $0.contains("职务    副馆长") } }
        #expect(opened != nil, "the person's card did not open: \(browser.shown(session))")

        try session.sendKeys("e")
        let edited = try session.waitForScreen { screen in
            screen.contains { $0.contains("职务    特聘馆长") } && screen.contains { $0.contains("已保存到") }
        }
        #expect(edited != nil, "the new title is not shown after the edit: \(browser.shown(session))")
        #expect(edited?.contains { $0.contains("╭ 张庆文 ") } == true, "the person's card is not open again")
        // While the editor ran, the terminal was the shell's: line editing and echo on.
        let modes = Set((folder.read("editor-stty") ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo"), "the editor did not get a normal terminal: \(folder.read("editor-stty") ?? "none")")
        // The browser is full-screen again and answers keys.
        #expect(try session.format("#{alternate_on}") == "1", "not back on the alternate screen")
        try session.sendKeys("Escape")
        let closed = try session.waitForScreen { screen in !screen.contains { $0.contains("╭ 张庆文 ") } && screen.contains { $0.contains("特聘馆长") } }
        #expect(closed != nil, "Esc did not close the card, or the table lacks the new title: \(browser.shown(session))")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])

        // On disk only the title changed; the editing directory is gone.
        let after = try String(contentsOfFile: data, encoding: .utf8)
        let before = String(decoding: original, as: UTF8.self)
        #expect(after == before.replacingOccurrences(of: #""id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "副馆长""#,
                                                    with: #""id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "特聘馆长""#))
        #expect(after != before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path("tmp")).isEmpty)
    }
}
