import Foundation
import LibcoopRender
import LibcoopTestSupport
import Testing

/// The gallery driven in a real terminal (tmux): rendering at 80×24, 40×12 and 200×60, keys,
/// IME-style text, mouse, resizes, and the terminal given back on every way out.
///
/// tmux is required; set `LIBCOOP_SKIP_TMUX=1` to skip these tests where it cannot be installed.
@Suite("End to end in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct GalleryEndToEndTests {
    /// The shell command that runs the gallery, then records how it ended and the terminal modes.
    func command(_ folder: ScratchDirectory, arguments: String = "") throws -> String {
        let gallery = try #require(BuiltExecutable.gallery, "libcoop-gallery not built beside the tests")
        return """
            sh -c 'trap "echo trapped" INT HUP QUIT; \(gallery) --pid-file \(folder.path("pid")) \(arguments); \
            echo $? > \(folder.path("exit")); stty -a > \(folder.path("stty")); echo ok > \(folder.path("done")); \
            exec sleep 600'
            """
    }

    /// Starts the gallery in a fresh tmux server and waits for its first screen.
    func start(width: Int, height: Int, arguments: String = "", environment: [String: String] = [:])
        throws -> (TmuxSession, ScratchDirectory) {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let folder = try ScratchDirectory("e2e")
        let session = try TmuxSession(width: width, height: height, command: try command(folder, arguments: arguments),
                                      environment: environment)
        let shown = try session.waitFor("图书馆")
        let screen = try session.screen()
        #expect(shown != nil, "the gallery did not show its first screen: \(screen)")
        return (session, folder)
    }

    /// Checks that the program ended with `status` and left the terminal as it found it: canonical
    /// mode and echo on, primary screen, cursor visible, no mouse reporting, keypad mode off.
    func expectRestored(_ session: TmuxSession, _ folder: ScratchDirectory, status: Set<Int>,
                        sourceLocation: SourceLocation = #_sourceLocation) throws {
        let done = folder.waitFor("done")
        #expect(done != nil, "the shell did not get control back", sourceLocation: sourceLocation)
        let exit = Int(folder.read("exit")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "") ?? -1
        #expect(status.contains(exit), "exit status \(exit)", sourceLocation: sourceLocation)
        let modes = Set((folder.read("stty") ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("icrnl"),
                "terminal modes not restored: \(folder.read("stty") ?? "none")", sourceLocation: sourceLocation)
        #expect(try session.format("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try session.format("#{cursor_flag}") == "1", "cursor still hidden", sourceLocation: sourceLocation)
        #expect(try session.format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}") == "000",
                "mouse reporting still on", sourceLocation: sourceLocation)
        #expect(try session.format("#{keypad_cursor_flag}") == "0", "keypad mode still on", sourceLocation: sourceLocation)
    }

    func pid(_ folder: ScratchDirectory) throws -> pid_t {
        let text = try #require(folder.waitFor("pid"))
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Every screen row fits the width, and the frame's right border sits in the last column.
    func expectFramed(_ lines: [String], width: Int, bodyRows: ClosedRange<Int>, sourceLocation: SourceLocation = #_sourceLocation) {
        for (row, line) in lines.enumerated() {
            #expect(line.terminalWidth <= width, "row \(row) is \(line.terminalWidth) wide: \(line)", sourceLocation: sourceLocation)
        }
        for row in bodyRows where row < lines.count {
            let last = lines[row].character(atColumn: width - 1)
            #expect(last == "│" || last == "┐" || last == "┘" || last == "╮" || last == "╯" || last == "█",
                    "row \(row) has no border in column \(width - 1): \(lines[row])", sourceLocation: sourceLocation)
        }
    }

    @Test("80×24: widgets, keys, IME text, mouse, resizes down, too small and back; quit restores")
    func standardSize() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        var lines = try #require(try session.waitFor("市图书馆 City Library"))
        expectFramed(lines, width: 80, bodyRows: 1...20)
        // The list's right border and the detail pane's left border meet in the middle.
        #expect(lines[2].character(atColumn: 39) == "█" || lines[2].character(atColumn: 39) == "│")
        #expect(lines[2].character(atColumn: 40) == "│")

        // Keys move the selection.
        try session.sendKeys("Down", "Down")
        lines = try #require(try session.waitFor("> 西城区图书馆"))
        #expect(lines.contains { $0.contains("名称：西城区图书馆") })

        // The table: Chinese cells aligned, numbers right-aligned in one column.
        try session.sendKeys("Tab")
        lines = try #require(try session.waitFor("人次"))
        let header = try #require(lines.firstIndex { $0.contains("人次") })
        let headerRight = TerminalWidth.of(lines[header].prefix { $0 != "人" }) + TerminalWidth.of("人次")
        for row in (header + 1)...(header + 10) {
            let line = lines[row]
            let trimmed = line.dropLast()  // the border
            let rightEdge = TerminalWidth.of(trimmed)
            #expect(rightEdge == headerRight, "row \(row) ends at \(rightEdge), header at \(headerRight): \(line)")
        }
        expectFramed(lines, width: 80, bodyRows: 1...20)

        // Text typed as an IME commits it, edited by grapheme.
        try session.sendKeys("BTab", "BTab")
        _ = try #require(try session.waitFor("搜索:"))
        try session.type("中文")
        try session.type("e\u{301}")
        _ = try #require(try session.waitFor("搜索: 中文e\u{301}"))
        _ = try #require(try session.waitFor("3 个字符，5 列"))
        #expect(try session.format("#{cursor_flag} #{cursor_x}") == "1 12")
        try session.sendKeys("BSpace")
        _ = try #require(try session.waitFor("2 个字符，4 列"))
        try session.sendKeys("C-a")
        _ = try #require(try session.waitFor("按键 Ctrl-A"))
        try session.sendKeys("Escape")
        _ = try #require(try session.waitFor("按键 Esc"))

        // Mouse: a click on the second tab (X10 encoding: ESC [ M button x+33 y+33).
        try session.type("\u{1B}[M /!")
        try session.type("\u{1B}[M#/!")
        _ = try #require(try session.waitFor("日期"), "click on the tab bar did not switch tabs")
        try session.type("\u{1B}[Ma/%")
        _ = try #require(try session.waitFor("鼠标 滚轮下 (14,4)"))

        // Resizes redraw at once, a tiny window shows a notice, and the layout comes back.
        try session.resize(width: 40, height: 12)
        lines = try #require(try session.waitFor("40×12"))
        expectFramed(lines, width: 40, bodyRows: 1...8)
        try session.resize(width: 20, height: 5)
        _ = try #require(try session.waitFor("终端窗口太小"))
        try session.resize(width: 80, height: 24)
        lines = try #require(try session.waitFor("80×24"))
        expectFramed(lines, width: 80, bodyRows: 1...20)

        // Idle: no CPU used while nothing happens.
        let process = try pid(folder)
        let before = try cpuTicks(process)
        usleep(1_500_000)
        let after = try cpuTicks(process)
        #expect(after - before <= 2, "gallery used \(after - before) clock ticks while idle")

        try session.sendKeys("F10")
        try expectRestored(session, folder, status: [0])
    }

    @Test("40×12: the layout fits a small terminal")
    func smallSize() throws {
        let (session, folder) = try start(width: 40, height: 12)
        defer { session.close(); folder.remove() }
        let lines = try #require(try session.waitFor("分馆列表"))
        #expect(lines.count == 12)
        expectFramed(lines, width: 40, bodyRows: 1...8)
        #expect(lines[11].contains("Tab") && lines[11].contains("切换"))
        try session.sendKeys("q")
        try expectRestored(session, folder, status: [0])
    }

    @Test("200×60: the layout fills a large terminal")
    func largeSize() throws {
        let (session, folder) = try start(width: 200, height: 60)
        defer { session.close(); folder.remove() }
        let lines = try #require(try session.waitFor("社区书屋 No. 24"))
        #expect(lines.count == 60)
        expectFramed(lines, width: 200, bodyRows: 1...56)
        try session.sendKeys("3")
        let article = try #require(try session.waitFor("合作说明"))
        expectFramed(article, width: 200, bodyRows: 1...56)
        try session.sendKeys("q")
        try expectRestored(session, folder, status: [0])
    }

    @Test("SIGTERM gives the terminal back and ends with status 143")
    func sigterm() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        kill(try pid(folder), SIGTERM)
        try expectRestored(session, folder, status: [143])
    }

    @Test("SIGHUP gives the terminal back and ends with status 129")
    func sighup() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        kill(try pid(folder), SIGHUP)
        try expectRestored(session, folder, status: [129])
    }

    @Test("Ctrl-C (SIGINT) gives the terminal back and ends with status 130")
    func sigint() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        try session.sendKeys("C-c")
        try expectRestored(session, folder, status: [130])
    }

    @Test("A crash (Swift trap) gives the terminal back")
    func crash() throws {
        let (session, folder) = try start(width: 80, height: 24, arguments: "--crash-key",
                                          environment: ["SWIFT_BACKTRACE": "enable=no"])
        defer { session.close(); folder.remove() }
        try session.sendKeys("F12")
        // SIGILL (132) on x86-64, SIGTRAP (133) on arm64; 134 if it ends in abort().
        try expectRestored(session, folder, status: [132, 133, 134])
    }

    @Test("An 8-colour terminal gets only the eight ANSI colours")
    func eightColours() throws {
        let (session, folder) = try start(width: 80, height: 24, environment: ["TERM": "xterm"])
        defer { session.close(); folder.remove() }
        _ = try #require(try session.waitFor("市图书馆 City Library"))
        let screen = try session.screenWithAttributes()
        #expect(!screen.contains("38;5") && !screen.contains("48;5"), "256-colour sequence on an 8-colour terminal")
        #expect(screen.contains("\u{1B}[42m") || screen.contains(";42m"), "the green selection background is missing")
        try session.sendKeys("q")
        try expectRestored(session, folder, status: [0])
    }

    @Test("NO_COLOR: no colour sequences reach the screen, selection still visible")
    func noColor() throws {
        let (colored, coloredFolder) = try start(width: 80, height: 24)
        let withColor = try colored.screenWithAttributes()
        colored.close()
        coloredFolder.remove()
        #expect(withColor.contains("38;5;") || withColor.contains("48;5;"), "no 256-colour sequence without NO_COLOR")

        let (session, folder) = try start(width: 80, height: 24, environment: ["NO_COLOR": "1"])
        defer { session.close(); folder.remove() }
        _ = try #require(try session.waitFor("市图书馆 City Library"))
        let plain = try session.screenWithAttributes()
        let colourCodes = ["\u{1B}[30m", "\u{1B}[31m", "\u{1B}[32m", "\u{1B}[33m", "\u{1B}[34m", "\u{1B}[35m",
                           "\u{1B}[36m", "\u{1B}[37m", "\u{1B}[40m", "\u{1B}[41m", "\u{1B}[42m", "\u{1B}[43m",
                           "\u{1B}[44m", "\u{1B}[45m", "\u{1B}[46m", "\u{1B}[47m", "38;5", "48;5"]
        #expect(!colourCodes.contains { plain.contains($0) }, "colour sequence in \(plain.debugDescription)")
        #expect(plain.contains("\u{1B}[7m"), "the selection should be shown in reverse video")
        try session.sendKeys("q")
        try expectRestored(session, folder, status: [0])
    }

    @Test("Ctrl-Z suspends with the terminal restored; fg resumes with a full redraw")
    func suspendAndResume() throws {
        let gallery = try #require(BuiltExecutable.gallery)
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try TmuxSession(width: 80, height: 24, command: "bash --norc --noprofile -i",
                                      environment: ["PS1": "PROMPT$ "])
        defer { session.close() }
        _ = try #require(try session.waitFor("PROMPT$"))
        try session.type("\(gallery) --pid-file \(folder.path("pid"))")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitFor("市图书馆 City Library"))
        try session.sendKeys("Down")
        _ = try #require(try session.waitFor("> 东城区图书馆"))

        try session.sendKeys("C-z")
        _ = try #require(try session.waitFor("Stopped"))
        #expect(try session.format("#{alternate_on} #{cursor_flag}") == "0 1")
        try session.type("stty -a > \(folder.path("stty")); echo stty-done")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitForScreen { $0.contains { $0.hasPrefix("stty-done") } })
        let modes = Set((folder.read("stty") ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo"))

        try session.type("clear; fg")
        try session.sendKeys("Enter")
        let redrawn = try #require(try session.waitFor("分馆列表"))
        #expect(redrawn.contains { $0.contains("> 东城区图书馆") }, "state kept and fully redrawn after fg")
        #expect(try session.format("#{alternate_on}") == "1")
        try session.sendKeys("Down")
        _ = try #require(try session.waitFor("> 西城区图书馆"), "keys work after resuming")
        try session.sendKeys("q")
        _ = try #require(try session.waitForScreen { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true })
        #expect(try session.format("#{alternate_on} #{cursor_flag}") == "0 1")
    }

    @Test("Not a terminal, or a terminal ncurses cannot drive: a message and an exit status")
    func unusableTerminal() throws {
        let gallery = try #require(BuiltExecutable.gallery)
        // Standard input and output not a terminal.
        let result = try ChildProcess.run([gallery])
        #expect(result.status == 64)
        #expect(result.errors.contains("不是终端") && result.errors.contains("not a terminal"), "\(result.errors)")

        // In a terminal, but with a TERM ncurses does not know, or one without cursor addressing.
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try TmuxSession(width: 80, height: 24, command: """
            sh -c 'TERM=no-such-terminal \(gallery) 2> \(folder.path("unknown")); echo $? >> \(folder.path("unknown")); \
            TERM=dumb \(gallery) 2> \(folder.path("dumb")); echo $? >> \(folder.path("dumb")); echo ok > \(folder.path("done")); \
            exec sleep 600'
            """)
        defer { session.close() }
        #expect(folder.waitFor("done") != nil)
        let unknown = folder.read("unknown") ?? ""
        #expect(unknown.contains("no-such-terminal") && unknown.hasSuffix("69\n"), "\(unknown)")
        let dumb = folder.read("dumb") ?? ""
        #expect(dumb.contains("dumb") && dumb.hasSuffix("69\n"), "\(dumb)")
        #expect(try session.format("#{alternate_on}") == "0")
    }
}

/// Whether to run the tmux tests.
enum EndToEnd {
    static var shouldRun: Bool {
        ProcessInfo.processInfo.environment["LIBCOOP_SKIP_TMUX"] != "1"
    }
}

/// User plus system CPU time of a process, in clock ticks.
func cpuTicks(_ pid: pid_t) throws -> Int {
    let stat = try String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)
    // Fields after the command name (which is in parentheses and may contain spaces).
    let fields = stat[stat.index(after: stat.lastIndex(of: ")")!)...].split(separator: " ")
    return Int(fields[11])! + Int(fields[12])!  // utime, stime (fields 14 and 15 overall)
}
