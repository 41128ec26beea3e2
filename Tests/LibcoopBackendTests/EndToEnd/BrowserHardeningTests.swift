import Foundation
import LibcoopTestSupport
import Testing

/// The real `libcoop` browser under hostile conditions in a real terminal (tmux): signals, job
/// control, odd terminals, tiny sizes, a storm of resizes, and data or file names that try to
/// drive the terminal. After every way out the shell must get the terminal back exactly as it
/// was: the same `stty -g`, canonical mode and echo, the primary screen, a visible cursor, no
/// mouse reporting, keypad mode off.
///
/// Every check of terminal modes is read by a shell that never repairs them (`sh`, which is
/// dash on Debian; interactive bash would). tmux is required; `LIBCOOP_SKIP_TMUX=1` skips these.
@Suite("Browser hardening in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserHardeningTests {
    let browser = BrowserEndToEndTests()
    let checks = GalleryEndToEndTests()

    // MARK: - Signals

    /// A way of ending the browser from outside, and the status the shell must see.
    enum Ending: CaseIterable, CustomTestStringConvertible, Sendable {
        case controlC, killInt, killHup, controlBackslash
        var testDescription: String {
            switch self {
            case .controlC: "Ctrl-C → 130"
            case .killInt: "kill -INT → 130"
            case .killHup: "kill -HUP → 129"
            case .controlBackslash: "Ctrl-\\ → 131"
            }
        }
        var status: Int {
            switch self {
            case .controlC, .killInt: 130
            case .killHup: 129
            case .controlBackslash: 131
            }
        }
    }

    @Test("A signal while browsing ends libcoop with 128+n and gives the terminal back", arguments: Ending.allCases)
    func signalWhileBrowsing(ending: Ending) throws {
        let run = try BrowserRun(width: 80, height: 24)
        defer { run.close() }
        try run.session.sendKeys("3")
        _ = try #require(try run.session.waitFor("人员 ("), "the Staff tab did not open: \(browser.shown(run.session))")
        #expect(try run.session.format("#{alternate_on}#{cursor_flag}#{mouse_standard_flag}") == "101",
                "not full-screen with a hidden cursor and the mouse on before the signal")
        switch ending {
        case .controlC: try run.session.sendKeys("C-c")
        case .killInt: #expect(kill(try run.pid(), SIGINT) == 0)
        case .killHup: #expect(kill(try run.pid(), SIGHUP) == 0)
        case .controlBackslash: try run.session.sendKeys("C-\\")
        }
        try expectGivenBack(run, status: ending.status)
    }

    @Test("Closing the tmux pane hangs up the terminal: status 129, also with SIGHUP ignored (nohup)", arguments: [false, true])
    func paneClosed(ignoringHangUp: Bool) throws {
        let run = try BrowserRun(width: 80, height: 24, childPrelude: ignoringHangUp ? "trap \"\" HUP; " : "")
        defer { run.close() }
        let process = try run.pid()
        if ignoringHangUp {
            let status = try String(contentsOfFile: "/proc/\(process)/status", encoding: .utf8)
            let ignored = status.split(separator: "\n").first { $0.hasPrefix("SigIgn:") }.flatMap { UInt64($0.split(separator: "\t").last ?? "", radix: 16) }
            #expect(ignored.map { $0 & (1 << (UInt64(SIGHUP) - 1)) != 0 } == true, "SIGHUP is not ignored: \(status)")
        }
        try run.session.run(["kill-pane", "-t", "test"])
        let exit = run.folder.waitFor("exit")?.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(exit == "129", "exit status \(exit ?? "none") after the pane was closed")
        #expect(waitUntilGone(process), "libcoop \(process) still running after its terminal hung up")
    }

    @Test("Ctrl-Z in sh: stopped with the terminal given back; fg redraws in full, also after a resize")
    func suspendAndResume() throws {
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try interactiveShell(width: 80, height: 24)
        defer { session.close() }
        let q = TmuxSession.quote
        try expectShellLeavesModesAlone(session, folder)

        try session.type("stty -g > \(q(folder.path("termios-before"))); "
            + "sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(q(folder.path("pid"))) \(q(libcoop)) --lang zh --open space:yht-visually-impaired")
        try session.sendKeys("Enter")
        _ = try #require(try browser.waitForFrame(session, width: 80, height: 24, showing: "视障阅览室"),
                         "the browser did not open on the Floors tab: \(browser.shown(session))")
        // The staff search open, so the cursor is shown in its input and must come back there.
        try session.sendKeys("/")
        _ = try #require(try session.waitFor("搜索人员"))
        try session.type("zhang")
        _ = try #require(try session.waitForScreen { $0.contains { $0.contains("/ zhang") } && $0.contains { $0.contains("张庆文") } },
                         "no result for zhang: \(browser.shown(session))")
        let before = try #require(try stableScreen(session))
        let modesBefore = try session.format(Self.modesAndCursor)
        #expect(modesBefore.hasPrefix("alternate 1 cursor 1 "), "\(modesBefore)")

        // Ctrl-Z: the shell's prompt on the primary screen, terminal modes as before libcoop.
        try session.sendKeys("C-z")
        _ = try #require(try session.waitFor("Stopped"), "Ctrl-Z did not stop libcoop: \(browser.shown(session))")
        #expect(try session.format(Self.modes) == Self.restoredModes, "modes while stopped")
        try expectShellModes(session, folder, name: "stopped")

        // fg: the same screen, cursor and modes as before, drawn in full over a cleared screen.
        try session.type("clear; fg")
        try session.sendKeys("Enter")
        let resumed = try session.waitForScreen { $0 == before }
        #expect(resumed != nil, "after fg the screen differs:\n\(browser.shown(session))\nbefore:\n\(before.joined(separator: "\n"))")
        #expect(try session.waitForFormat(Self.modesAndCursor, toBe: modesBefore),
                "after fg: \((try? session.format(Self.modesAndCursor)) ?? "?"), before: \(modesBefore)")

        // Stopped again, the window resized meanwhile: fg draws at the new size.
        try session.sendKeys("C-z")
        #expect(try session.waitForFormat("#{alternate_on}", toBe: "0"), "the second Ctrl-Z did not leave full-screen mode")
        _ = try #require(try session.waitFor("Stopped"), "the second Ctrl-Z did not stop libcoop: \(browser.shown(session))")
        try session.resize(width: 100, height: 30)
        try session.type("clear; fg")
        try session.sendKeys("Enter")
        // Drawn in full, not only where the old 80×24 screen was: both edges down to the bottom
        // corners, and the footer.
        let grown = try session.waitForScreen { lines in
            lines.count == 30 && lines.contains { $0.contains("搜索人员") } && lines.contains { $0.contains("张庆文") }
                && lines[2...27].allSatisfy { $0.character(atColumn: 0) == "│" }
                && lines[28].character(atColumn: 0) == "╰" && lines[28].character(atColumn: 99) == "╯"
                && lines[29].contains("Esc")
        }
        #expect(grown != nil, "no full redraw at 100×30 after fg: \(browser.shown(session))")
        // Esc closes the search (waited for: a key within 25 ms of Esc would be read as Alt+key).
        try session.sendKeys("Escape")
        _ = try #require(try session.waitForScreen { !$0.contains { $0.contains("搜索人员") } }, "Esc did not close the search after fg")
        let lines = try #require(try browser.waitForFrame(session, width: 100, height: 30, showing: "视障阅览室"),
                                 "no frame at 100×30 after fg: \(browser.shown(session))")
        checks.expectFramed(lines, width: 100, bodyRows: 2...28)

        try session.sendKeys("q")
        _ = try #require(try session.waitForScreen { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true },
                         "no prompt after q: \(whereItIs(session, folder))")
        #expect(try session.format(Self.modes) == Self.restoredModes, "modes after q")
        try expectShellModes(session, folder, name: "after")
    }

    @Test("Ctrl-Z in the middle of a frame: the stop waits for the frame, and none of it lands on the shell's screen after fg")
    func stopInTheMiddleOfAFrame() throws {
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try interactiveShell(width: 80, height: 24)
        defer { session.close() }
        // 3 s: time enough to see the half frame and press Ctrl-Z on a busy machine.
        _ = try showHalfAFrame(session, folder, pauseMilliseconds: 3000)
        try session.sendKeys("C-z")
        _ = try #require(try session.waitFor("Stopped"), "Ctrl-Z did not stop libcoop: \(whereItIs(session, folder))")
        try session.type("clear; fg")
        try session.sendKeys("Enter")
        _ = try #require(try browser.waitForFrame(session, width: 80, height: 24, showing: "人员"), "no frame after fg: \(whereItIs(session, folder))")
        try session.sendKeys("q")
        let shell = try #require(try session.waitForScreen { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true },
                                 "no prompt after q: \(whereItIs(session, folder))")
        // The shell's screen holds the commands and the prompt, and nothing of a frame.
        let framePieces = shell.filter { $0.contains { "│╭╮╰╯─".contains($0) } }
        #expect(framePieces.isEmpty, "parts of a frame on the shell's screen:\n\(shell.joined(separator: "\n"))")
    }

    @Test("Ctrl-Z twice while a frame is held (a stalled link): the second stops at once, and one fg brings libcoop back for good")
    func secondStopWhileAFrameIsHeld() throws {
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try interactiveShell(width: 80, height: 24)
        defer { session.close() }
        let process = try showHalfAFrame(session, folder, pauseMilliseconds: 4000)
        try session.sendKeys("C-z")
        usleep(300_000)
        try session.sendKeys("C-z")
        #expect(waitForState(process) { $0 == "T" }, "libcoop did not stop: \(whereItIs(session, folder))")
        try session.type("fg")
        try session.sendKeys("Enter")
        _ = try #require(try browser.waitForFrame(session, width: 80, height: 24, showing: "人员"), "no frame after fg: \(whereItIs(session, folder))")
        // The held frame's end, 4 s after it began, must not stop it again.
        usleep(4_500_000)
        #expect(processState(process) != "T", "stopped again after fg: \(whereItIs(session, folder))")
        // (Stopped mid-frame, the rest of the frame went to the shell's screen after fg: the
        // price of a way out of a stalled link.)
        try session.sendKeys("q")
        #expect(waitUntilGone(process), "q did not end libcoop: \(whereItIs(session, folder))")
        #expect(try session.waitForFormat("#{alternate_on}", toBe: "0"), "still full-screen after q")
    }

    @Test("Keys typed as libcoop starts, before its first frame, are not lost: Down (sent before keypad mode) and 3 take effect")
    func keysTypedAtStartAreKept() throws {
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try interactiveShell(width: 100, height: 30)
        defer { session.close() }
        try session.type("sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(TmuxSession.quote(folder.path("pid"))) \(TmuxSession.quote(libcoop)) --lang zh")
        // In one go: the keys wait in the terminal before libcoop has even started.
        try session.sendKeys("Enter", "Down", "3")
        let shown = try session.waitForScreen { $0.first?.contains("› 雨花台区图书馆 › 人员") == true }
        #expect(shown != nil, "the Staff tab of the second library is not shown: \(whereItIs(session, folder))")
        try session.sendKeys("q")
        _ = try #require(try session.waitForScreen { $0.last { !$0.isEmpty }?.hasPrefix("PROMPT$") == true },
                         "no prompt after q: \(whereItIs(session, folder))")
    }

    @Test("Closing the tmux pane while libcoop is stopped ends it")
    func paneClosedWhileStopped() throws {
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let session = try interactiveShell(width: 80, height: 24)
        defer { session.close() }
        let q = TmuxSession.quote
        try session.type("sh -c 'echo $$ > \"$0\"; exec \"$@\"' \(q(folder.path("pid"))) \(q(libcoop)) --lang zh")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitFor("金陵图书馆"), "the browser did not open: \(browser.shown(session))")
        let process = try #require(pid_t(folder.waitFor("pid")?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""))
        try session.sendKeys("C-z")
        _ = try #require(try session.waitFor("Stopped"))
        #expect(processState(process) == "T", "libcoop is not stopped: \(processState(process).map(String.init) ?? "gone")")
        try session.run(["kill-pane", "-t", "test"])
        #expect(waitUntilGone(process), "libcoop \(process) still there after the pane was closed: \(processState(process).map(String.init) ?? "gone")")
    }

    @Test("SIGSTOP then SIGCONT repaints in full; SIGTSTP where nothing could resume it does not stop")
    func continueRepaints() throws {
        let run = try BrowserRun(width: 80, height: 24, arguments: ["--open", "space:yht-visually-impaired"], recordOutput: true,
                                 firstFrame: "视障阅览室")
        defer { run.close() }
        let before = try #require(try stableScreen(run.session))
        let process = try run.pid()

        #expect(kill(process, SIGSTOP) == 0)
        #expect(waitForState(process) { $0 == "T" }, "SIGSTOP did not stop libcoop")
        try writeToPane(run.session, "\u{1B}[H\u{1B}[2Jscribbled over while stopped\r\n")
        _ = try #require(try run.session.waitFor("scribbled over"), "the scribble did not reach the screen")
        #expect(kill(process, SIGCONT) == 0)
        let repainted = try run.session.waitForScreen { $0 == before }
        #expect(repainted != nil, "SIGCONT did not repaint in full:\n\(browser.shown(run.session))")

        // The script's process group has no shell to resume it, so the kernel never stops it:
        // libcoop leaves full-screen mode for a moment, comes back, and keeps working.
        let leave = "\u{1B}[?1049l"
        let leftBefore = browser.waitForOutput(run.folder) { _ in true }?.components(separatedBy: leave).count ?? 0
        #expect(kill(process, SIGTSTP) == 0)
        let left = browser.waitForOutput(run.folder) { $0.components(separatedBy: leave).count > leftBefore }
        #expect(left != nil, "SIGTSTP did not leave full-screen mode")
        let back = try run.session.waitForScreen { $0 == before }
        #expect(back != nil, "the screen after SIGTSTP:\n\(browser.shown(run.session))")
        #expect(processState(process) != "T", "libcoop stopped where nothing could continue it")
        #expect(try run.session.format("#{alternate_on}") == "1")
        try run.session.sendKeys("1")
        _ = try #require(try run.session.waitFor("概况 ─"), "keys do not work after SIGTSTP: \(browser.shown(run.session))")
        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
    }

    // MARK: - Odd terminals

    @Test("No terminal, TERM=dumb, an unknown or no TERM: a message, status 64 or 69, nothing sent to the terminal")
    func unusableTerminals() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let q = TmuxSession.quote
        let program = q(libcoop)
        let file = { (name: String) in q(folder.path(name)) }
        // Each case between markers, so the terminal output of each can be told apart.
        let script = """
            export LANG=C.UTF-8
            unset LC_ALL LIBCOOP_DATA NO_COLOR
            while [ ! -e \(file("go")) ]; do sleep 0.02; done
            stty -g > \(file("termios-before"))
            echo MARK-dumb
            TERM=dumb \(program) --lang zh 2> \(file("dumb.err")); echo $? > \(file("dumb.status"))
            echo MARK-unknown
            TERM=xyz-unknown \(program) --lang zh 2> \(file("unknown.err")); echo $? > \(file("unknown.status"))
            echo MARK-unset
            env -u TERM \(program) --lang zh 2> \(file("unset.err")); echo $? > \(file("unset.status"))
            echo MARK-file
            \(program) --lang zh > \(file("file.out")) 2> \(file("file.err")); echo $? > \(file("file.status"))
            echo MARK-pipe
            { \(program) --lang zh 2> \(file("pipe.err")); echo $? > \(file("pipe.status")); } | cat > \(file("pipe.out"))
            echo MARK-stdin
            \(program) --lang zh < /dev/null 2> \(file("stdin.err")); echo $? > \(file("stdin.status"))
            echo MARK-end
            stty -g > \(file("termios-after"))
            echo ok > \(file("done"))
            exec sleep 600
            """
        try script.write(toFile: folder.path("run.sh"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 80, height: 24, command: "sh \(q(folder.path("run.sh")))")
        defer { session.close() }
        try session.run(["pipe-pane", "-t", "test", "-o", "cat >> \(q(folder.path("output")))"])
        #expect(FileManager.default.createFile(atPath: folder.path("go"), contents: Data("go\n".utf8)))
        _ = try #require(folder.waitFor("done"), "the script did not finish: \(browser.shown(session))")

        let cases: [(name: String, status: Int, message: String)] = [
            ("dumb", 69, "“dumb” 不支持光标定位"),
            ("unknown", 69, "无法识别终端类型 “xyz-unknown”"),
            ("unset", 69, "TERM is not set"),
            ("file", 64, "stdin/stdout is not a terminal"),
            ("pipe", 64, "stdin/stdout is not a terminal"),
            ("stdin", 64, "stdin/stdout is not a terminal"),
        ]
        for (name, status, message) in cases {
            let exit = folder.read("\(name).status")?.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(exit == String(status), "\(name): exit status \(exit ?? "none")")
            let errors = folder.read("\(name).err") ?? ""
            #expect(errors.hasPrefix("libcoop: ") && errors.contains(message) && errors.hasSuffix(")\n"), "\(name): \(errors.debugDescription)")
        }
        #expect(folder.read("file.out") == "", "output in the redirected file: \(folder.read("file.out")?.debugDescription ?? "none")")
        #expect(folder.read("pipe.out") == "", "output through the pipe: \(folder.read("pipe.out")?.debugDescription ?? "none")")

        let output = try #require(browser.waitForOutput(folder) { $0.contains("MARK-end") }, "the terminal output was not recorded")
        let marks = ["dumb", "unknown", "unset", "file", "pipe", "stdin", "end"].map { "MARK-\($0)" }
        for (mark, next) in zip(marks, marks.dropFirst()) {
            guard let start = output.range(of: mark), let end = output.range(of: next, range: start.upperBound..<output.endIndex) else {
                Issue.record("\(mark) or \(next) missing from the terminal output: \(output.debugDescription)")
                continue
            }
            let written = output[start.upperBound..<end.lowerBound].filter { $0 != "\r" && $0 != "\n" && $0 != "\r\n" }
            #expect(written.isEmpty, "written to the terminal after \(mark): \(String(written).debugDescription)")
        }
        #expect(folder.read("termios-before") == folder.read("termios-after"), "terminal modes changed")
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test("Stale LINES and COLUMNS in the environment: the browser fills the real terminal")
    func staleSizeInEnvironment() throws {
        let run = try BrowserRun(width: 100, height: 30, environment: ["LINES": "10", "COLUMNS": "40"], firstFrame: nil)
        defer { run.close() }
        let lines = try browser.waitForFrame(run.session, width: 100, height: 30, showing: "1 概况")
        #expect(lines != nil, "not drawn at 100×30 with LINES=10 COLUMNS=40 set:\n\(browser.shown(run.session))")
        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
    }

    @Test("A terminal that reports no size (0×0): LINES and COLUMNS are used until the first resize")
    func sizeUnknownToKernel() throws {
        let run = try BrowserRun(width: 100, height: 30, environment: ["LINES": "20", "COLUMNS": "70"], firstFrame: nil) { session in
            try setTerminalSizes(session, [(0, 0)])
        }
        defer { run.close() }
        let lines = try run.session.waitForScreen { $0.count > 18 && $0[1].hasPrefix("╭ 图书馆") && $0[18].character(atColumn: 69) == "╯" }
        #expect(lines != nil, "not drawn at 70×20 (LINES=20 COLUMNS=70) on a terminal of size 0×0:\n\(browser.shown(run.session))")
        try run.session.resize(width: 90, height: 25)
        #expect(try browser.waitForFrame(run.session, width: 90, height: 25, showing: "1 概况") != nil,
                "no redraw at 90×25: \(browser.shown(run.session))")
        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
    }

    /// A terminal size below the browser's 30×8 minimum, and what must show in it.
    struct TinySize: CustomTestStringConvertible, Sendable {
        var width: Int
        var height: Int
        /// The notice's text, or nil where nothing fits: at 1×1 the only cell is the lower-right
        /// corner, which ncurses never writes on a terminal with automatic margins.
        var notice: String?
        var testDescription: String { "\(width)×\(height)" }
    }

    @Test("Starting in a tiny terminal: a notice, keys still work, and the layout once it grows",
          arguments: [TinySize(width: 1, height: 1, notice: nil), TinySize(width: 10, height: 3, notice: "终端太小")])
    func tinyTerminal(size: TinySize) throws {
        let run = try BrowserRun(width: size.width, height: size.height, firstFrame: nil)
        defer { run.close() }
        try #require(try run.session.waitForFormat("#{alternate_on}", toBe: "1"), "libcoop did not take the screen at \(size.width)×\(size.height)")
        if let notice = size.notice {
            let lines = try #require(try run.session.waitFor(notice), "no notice at \(size.width)×\(size.height): \(browser.shown(run.session))")
            #expect(lines.contains { $0.contains("需要 30×8") }, "\(lines)")
            for (row, line) in lines.enumerated() {
                #expect(line.terminalWidth <= size.width, "row \(row) is \(line.terminalWidth) wide: \(line)")
            }
        }
        // At 1×1 what shows is not checked: the only cell is the corner ncurses never writes, so it
        // keeps whatever was drawn there before (once in CI a "1" from a frame drawn while tmux
        // was still sizing the pane). What matters there is below: alive, keys, redraw, exit.
        // The first frame hides the cursor. Keys typed before it may go with the start-up
        // probe's answer (`AmbiguousWidthProbe` drops what arrives while it waits), so the key
        // below goes once the browser is drawing, as a person's would.
        #expect(try run.session.waitForFormat("#{cursor_flag}", toBe: "0"), "no frame drawn at \(size.width)×\(size.height)")
        // A key sent while too small, then the window grows: the Staff tab shows.
        try run.session.sendKeys("3")
        try run.session.resize(width: 80, height: 24)
        let lines = try #require(try browser.waitForFrame(run.session, width: 80, height: 24, showing: "人员 ("),
                                 "no Staff tab at 80×24 after growing: \(browser.shown(run.session))")
        checks.expectFramed(lines, width: 80, bodyRows: 2...22)
        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
    }

    @Test("1,000 resizes through tmux and 2,000 window-size changes in a burst: alive, idle, redrawn at the last size")
    func resizeStorm() throws {
        let run = try BrowserRun(width: 80, height: 24)
        defer { run.close() }
        let process = try run.pid()
        let sizes = [(1, 1), (10, 3), (29, 8), (60, 20), (120, 40), (200, 60), (31, 9), (79, 23)]
        let tmux = "tmux -u -f /dev/null -L \(run.session.socket)"
        var script = "i=0\nwhile [ $i -lt 125 ]; do\n"
        for (width, height) in sizes {
            script += "  \(tmux) resize-window -t test -x \(width) -y \(height) || exit 1\n"
        }
        script += "  i=$((i + 1))\ndone\n"
        try script.write(toFile: run.folder.path("storm.sh"), atomically: true, encoding: .utf8)
        let started = ContinuousClock.now
        let storm = try ChildProcess.run(["sh", run.folder.path("storm.sh")], environment: TmuxSession.environment)
        let stormTime = ContinuousClock.now - started
        #expect(storm.status == 0, "the storm failed: \(storm.errors)")
        #expect(stormTime < .seconds(20), "1,000 resizes took \(stormTime)")

        // Straight to the terminal: every change of size is a SIGWINCH, faster than anything can draw.
        try setTerminalSizes(run.session, (0..<2_000).map { sizes[$0 % sizes.count] })

        try run.session.resize(width: 90, height: 28)
        _ = try #require(try browser.waitForFrame(run.session, width: 90, height: 28, showing: "1 概况"),
                         "no redraw at 90×28 after the storm: \(browser.shown(run.session))")
        let ticks = try cpuTicks(process)
        usleep(500_000)
        #expect(try cpuTicks(process) - ticks <= 2, "libcoop busy after the storm")
        try run.session.sendKeys("2")
        let lines = try #require(try browser.waitForFrame(run.session, width: 90, height: 28, showing: "楼层 ─"),
                                 "the Floors tab did not open after the storm: \(browser.shown(run.session))")
        checks.expectFramed(lines, width: 90, bodyRows: 2...26)
        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
    }

    // MARK: - Raw bytes

    @Test("A dataset with ESC, BEL, NUL, C1 and DEL in it, in a folder named with an OSC title sequence: rejected, nothing raw reaches the terminal")
    func rejectedEscapes() throws {
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let hostileFolder = folder.path("data\u{1B}]0;pwned\u{07}")
        try FileManager.default.createDirectory(atPath: hostileFolder, withIntermediateDirectories: true)
        // The hostile fixture (ESC sequences and BEL in a library's name, NUL in a person's), with
        // raw C1 controls (CSI, OSC, ST) and DEL added, and escapes in an enumeration value and
        // in a member's name.
        var text = try String(contentsOf: RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/hostile/escape-sequences.json"),
                              encoding: .utf8)
        for (original, hostile) in [
            ("\"tier\": \"municipal\"", "\"tier\": \"\\u001b[31mred\\u0007\""),
            ("\"id\": \"district\",", "\"id\": \"district\", \"address\": \"\u{9B}2J\u{9D}0;pwned\u{9C}\","),
            ("\"id\": \"bureau\",", "\"id\": \"bureau\", \"name_en\": \"Bureau\u{7F}\","),
            ("\"id\": \"lisi\",", "\"id\": \"lisi\", \"\\u001b]0;pwned\\u0007\": true,"),
        ] {
            #expect(text.contains(original), "the fixture has no \(original)")
            text = text.replacingOccurrences(of: original, with: hostile)
        }
        let path = hostileFolder + "/escapes\u{9B}2J.json"
        try text.write(toFile: path, atomically: true, encoding: .utf8)

        let run = try BrowserRun(width: 100, height: 30, arguments: ["--data", path], recordOutput: true, firstFrame: nil)
        defer { run.close() }
        try expectGivenBack(run, status: 65)
        let output = try #require(browser.waitForOutput(run.folder) { $0.contains("problems in 1 file") }, "no problem report: \(browser.shown(run.session))")
        for code in ["U+001B", "U+0000", "U+009B", "U+007F"] {
            #expect(output.contains("control character \(code)"), "\(code) not reported: \(output)")
        }
        #expect(output.contains("data␛]0;pwned␇/escapes\\u{9B}2J.json:"), "the file's name is not shown made safe: \(output)")
        #expect(output.contains("unknown field \"U+001B]0;pwnedU+0007\""), "\(output)")
        #expect(!output.contains("\u{1B}[?1049h"), "full-screen mode entered for a broken dataset")
        #expect(!output.unicodeScalars.contains("\u{1B}"), "ESC written while reporting problems: \(output.debugDescription)")
        expectNoTerminalControls(run.folder)
    }

    @Test("--open naming no record, with an OSC title sequence in it: status 64 before going full-screen, the argument shown made safe")
    func openWithEscapes() throws {
        let run = try BrowserRun(width: 100, height: 30, arguments: ["--open", "staff:\u{1B}]0;pwned\u{07}"], recordOutput: true, firstFrame: nil)
        defer { run.close() }
        try expectGivenBack(run, status: 64)
        let output = try #require(browser.waitForOutput(run.folder) { $0.contains("no record") }, "no message: \(browser.shown(run.session))")
        #expect(output.contains("staff:␛]0;pwned␇"), "the argument is not shown made safe: \(output.debugDescription)")
        #expect(!output.contains("\u{1B}[?1049h"), "full-screen mode entered for an --open that names no record")
        expectNoTerminalControls(run.folder)
    }

    @Test("Text the loader allows but terminals may obey (bidi overrides, zero-width and combining marks, wide emoji) and a file name with ESC, BEL and C1: shown made safe, columns aligned")
    func dangerousAllowedText() throws {
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        var dataset = try #require(try JSONSerialization.jsonObject(
            with: Data(contentsOf: RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/valid/minimal.json"))) as? [String: Any])
        // No dataset name, so the header shows the file's name.
        dataset.removeValue(forKey: "dataset")
        var staff = try #require(dataset["staff"] as? [[String: Any]])
        staff.append([
            "id": "hostile", "library": "city", "sources": ["src"],
            "name": "\u{301}张\u{200B}\u{202E}三\u{2066}\u{FEFF}👨‍👩‍👧😀🇨🇳\u{FDFD}",
            "name_en": "A\u{202E}gnp.exe\u{2069}",
            "department": "\u{200D}部门\u{300}",
            "title": "主任\u{FE0F}\u{E0041}",
        ])
        dataset["staff"] = staff
        var libraries = try #require(dataset["libraries"] as? [[String: Any]])
        libraries[0]["notes"] = "第一行\t制表\r回车\u{2028}分隔\u{2029}段\u{202E}反向"
        dataset["libraries"] = libraries
        var programs = try #require(dataset["programs"] as? [[String: Any]])
        programs[0]["description"] = "说明\t制表\r回车\n\u{202E}反向\u{301}"
        dataset["programs"] = programs
        let path = folder.path("hostile\u{1B}]0;pwned\u{07}\u{9B}2J.json")
        try JSONSerialization.data(withJSONObject: dataset, options: [.prettyPrinted]).write(to: URL(fileURLWithPath: path))

        let run = try BrowserRun(width: 100, height: 30, arguments: ["--data", path], recordOutput: true, firstFrame: "市图书馆")
        defer { run.close() }
        var lines = try #require(try stableScreen(run.session))
        #expect(lines[0].contains("hostile␛]0;pwned␇\\u{9B}2J.json › 市图书馆"), "header: \(lines[0])")
        #expect(lines.contains { $0.contains("第一行␉制表␍回车\\u{2028}分隔\\u{2029}段\\u{202E}反向") }, "notes: \(lines)")
        expectBoxes(try #require(try stableScreen(run.session)), titled: ["图书馆", "概况"], width: 100)

        // The staff search overlay, then the Staff tab, then the person's card.
        try run.session.sendKeys("/")
        _ = try #require(try run.session.waitFor("搜索人员"))
        try run.session.type("hostile")
        lines = try #require(try run.session.waitFor("张\\u{202E}三"), "no result for hostile: \(browser.shown(run.session))")
        expectBoxes(try #require(try stableScreen(run.session)), titled: ["搜索人员"], width: 100)
        try run.session.sendKeys("Enter")
        lines = try #require(try run.session.waitForScreen { screen in
            !screen.contains { $0.contains("搜索人员") } && screen.contains { $0.contains("人员 (2)") }
        }, "Enter did not jump to the Staff tab: \(browser.shown(run.session))")
        #expect(lines.contains { $0.contains("张\\u{202E}三") && $0.contains("zhang san 👨") }, "\(lines)")
        expectBoxes(try #require(try stableScreen(run.session)), titled: ["图书馆", "人员 (2)"], width: 100)
        try run.session.sendKeys("Enter")
        lines = try #require(try run.session.waitFor("A\\u{202E}gnp.exe\\u{2069}"), "the person's card did not open: \(browser.shown(run.session))")
        expectBoxes(try #require(try stableScreen(run.session)), titled: ["张\\u{202E}三"], width: 100)
        try run.session.sendKeys("Escape")
        _ = try #require(try run.session.waitForScreen { !$0.contains { $0.contains("gnp.exe") } })

        // A program's description with a tab, a carriage return and a bidi override.
        try run.session.sendKeys("4")
        lines = try #require(try run.session.waitFor("说明␉制表␍回车"), "no program description: \(browser.shown(run.session))")
        expectBoxes(try #require(try stableScreen(run.session)), titled: ["图书馆", "项目 (1)"], width: 100)

        try run.session.sendKeys("q")
        try expectGivenBack(run, status: 0)
        let output = try #require(browser.waitForOutput(run.folder) { $0.contains("\u{1B}[?1049l") }, "the terminal output was not recorded")
        #expect(output.contains("\u{1B}[?1049h"), "the recording missed the start of full-screen mode")
        #expect(output.contains("pwned"), "the file name was never drawn; the checks below prove nothing")
        expectNoTerminalControls(run.folder)
    }

    // MARK: - Helpers

    /// tmux formats for the terminal's modes, and their values when the shell has the terminal.
    static let modes = "alternate #{alternate_on} cursor #{cursor_flag} "
        + "mouse #{mouse_all_flag}#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}#{mouse_utf8_flag} "
        + "keypad #{keypad_cursor_flag}#{keypad_flag}"
    static let restoredModes = "alternate 0 cursor 1 mouse 000000 keypad 00"
    /// The modes and where the cursor is.
    static let modesAndCursor = modes + " at #{cursor_x},#{cursor_y}"

    /// The gallery's checks (status, `icanon echo icrnl`, primary screen, cursor, mouse, keypad),
    /// plus: `stty -g` the same as before libcoop started, and every mouse mode off.
    func expectGivenBack(_ run: BrowserRun, status: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try checks.expectRestored(run.session, run.folder, status: [status], sourceLocation: sourceLocation)
        let before = run.folder.read("termios-before")
        #expect(before != nil && before == run.folder.read("termios-after"),
                "stty -g before \(before ?? "none"), after \(run.folder.read("termios-after") ?? "none")", sourceLocation: sourceLocation)
        #expect(try run.session.format("#{mouse_all_flag}#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}#{mouse_sgr_flag}#{mouse_utf8_flag}") == "000000",
                "a mouse mode still on", sourceLocation: sourceLocation)
    }

    /// Types `stty` commands into the interactive `sh` and checks canonical mode and echo, and
    /// that `stty -g` equals the `termios-before` recorded when libcoop was started.
    func expectShellModes(_ session: TmuxSession, _ folder: ScratchDirectory, name: String,
                          sourceLocation: SourceLocation = #_sourceLocation) throws {
        let q = TmuxSession.quote
        try session.type("stty -a > \(q(folder.path("\(name)-stty"))); stty -g > \(q(folder.path("\(name)-termios"))); echo \(name)-recorded")
        try session.sendKeys("Enter")
        #expect(try session.waitForScreen { $0.contains { $0.hasPrefix("\(name)-recorded") } } != nil,
                "stty did not run: \(browser.shown(session))", sourceLocation: sourceLocation)
        let modes = Set((folder.read("\(name)-stty") ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo") && modes.contains("icrnl") && modes.contains("isig"),
                "\(name): \(folder.read("\(name)-stty") ?? "none")", sourceLocation: sourceLocation)
        #expect(folder.read("\(name)-termios") == folder.read("termios-before"),
                "\(name): stty -g \(folder.read("\(name)-termios") ?? "none"), before libcoop \(folder.read("termios-before") ?? "none")",
                sourceLocation: sourceLocation)
    }

    /// An interactive `sh` (dash: job control, and no repair of terminal modes) at a `PROMPT$`.
    func interactiveShell(width: Int, height: Int) throws -> TmuxSession {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let session = try TmuxSession(width: width, height: height, command: "env -u ENV -u LIBCOOP_DATA LANG=C.UTF-8 'PS1=PROMPT$ ' sh -i")
        _ = try #require(try session.waitFor("PROMPT$"), "no prompt from sh -i: \(browser.shown(session))")
        return session
    }

    /// The test is only meaningful if the shell leaves terminal modes as a stopped job left them
    /// (interactive bash restores its own): a job that turns off canonical mode and echo and
    /// stops must leave them off at the prompt.
    func expectShellLeavesModesAlone(_ session: TmuxSession, _ folder: ScratchDirectory) throws {
        let q = TmuxSession.quote
        try session.type("sh -c 'saved=$(stty -g); stty -icanon -echo; kill -TSTP $$; stty \"$saved\"'")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitFor("Stopped"), "the control job did not stop: \(browser.shown(session))")
        try session.type("stty -a > \(q(folder.path("control-stty.tmp"))); mv \(q(folder.path("control-stty.tmp"))) \(q(folder.path("control-stty"))); fg")
        try session.sendKeys("Enter")
        let control = try #require(folder.waitFor("control-stty"))
        try #require(control.contains("-icanon") && control.contains("-echo "),
                     "this sh repairs terminal modes after a stopped job, so it cannot check libcoop: \(control)")
        _ = try #require(try session.waitForScreen { $0.last { !$0.isEmpty } == "PROMPT$" }, "the control job did not finish")
        try session.type("clear")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitForScreen { $0.first == "PROMPT$" })
    }

    /// Checks that no row is wider than the screen, and that each box titled `titles` closes
    /// where it opened: its `╮` and `╯` in one column, a border on both sides of every row between.
    func expectBoxes(_ lines: [String], titled titles: [String], width: Int, sourceLocation: SourceLocation = #_sourceLocation) {
        for (row, line) in lines.enumerated() {
            #expect(line.terminalWidth <= width, "row \(row) is \(line.terminalWidth) wide: \(line)", sourceLocation: sourceLocation)
        }
        let vertical: Set<Character> = ["│", "├", "┤", "█"]
        for title in titles {
            guard let top = lines.firstIndex(where: { $0.contains("╭ \(title)") }),
                  let opening = lines[top].range(of: "╭ \(title)") else {
                Issue.record("no box titled \(title): \(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
                continue
            }
            let left = TerminalWidth.of(lines[top][..<opening.lowerBound])
            guard let right = (left + 1..<width).first(where: { lines[top].character(atColumn: $0) == "╮" }),
                  let bottom = (top + 1..<lines.count).first(where: { lines[$0].character(atColumn: left) == "╰" }) else {
                Issue.record("box \(title) at row \(top) is not closed: \(lines.joined(separator: "\n"))", sourceLocation: sourceLocation)
                continue
            }
            #expect(lines[bottom].character(atColumn: right) == "╯", "box \(title) (columns \(left)–\(right)) ends elsewhere: \(lines[bottom])",
                    sourceLocation: sourceLocation)
            for row in top + 1..<bottom {
                let edges = [lines[row].character(atColumn: left), lines[row].character(atColumn: right)]
                #expect(edges.allSatisfy { $0.map(vertical.contains) == true },
                        "box \(title): row \(row) has no border in columns \(left) and \(right): \(lines[row])", sourceLocation: sourceLocation)
            }
        }
    }

    /// Checks the recorded terminal output for what data could use to drive a terminal: bytes
    /// that are not UTF-8 (a lone C1 byte), OSC (title, clipboard), DCS, APC, PM and SOS strings,
    /// BEL, C1 controls, bidi controls and line separators.
    func expectNoTerminalControls(_ folder: ScratchDirectory, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = [UInt8](FileManager.default.contents(atPath: folder.path("output")) ?? Data())
        guard let output = String(validating: bytes, as: UTF8.self) else {
            Issue.record("the terminal output is not UTF-8", sourceLocation: sourceLocation)
            return
        }
        let scalars = Array(output.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where scalar == "\u{1B}" && index + 1 < scalars.count {
            let next = scalars[index + 1]
            #expect(!["]", "P", "_", "^", "X"].contains(next), "ESC \(next) string in the output at \(index)", sourceLocation: sourceLocation)
        }
        let forbidden: [(String, (Unicode.Scalar) -> Bool)] = [
            ("BEL", { $0 == "\u{07}" }),
            ("a C1 control", { (0x80...0x9F).contains($0.value) }),
            ("a bidi control", { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) }),
            ("a line or paragraph separator", { $0 == "\u{2028}" || $0 == "\u{2029}" }),
        ]
        for (name, matches) in forbidden {
            if let index = scalars.firstIndex(where: matches) {
                let context = String(String.UnicodeScalarView(scalars[max(0, index - 20)..<min(scalars.count, index + 20)]))
                Issue.record("\(name) in the terminal output: \(context.debugDescription)", sourceLocation: sourceLocation)
            }
        }
    }

    /// The screen once two captures in a row agree.
    func stableScreen(_ session: TmuxSession) throws -> [String]? {
        var previous = try session.screen()
        return try session.waitForScreen { lines in
            defer { previous = lines }
            usleep(50_000)
            return lines == previous
        }
    }

    /// Sets the pane terminal's size to each of `sizes` in turn, behind tmux's back: the kernel
    /// sends SIGWINCH for every change.
    func setTerminalSizes(_ session: TmuxSession, _ sizes: [(width: Int, height: Int)]) throws {
        let tty = try session.format("#{pane_tty}")
        let terminal = open(tty, O_RDWR | O_NOCTTY)
        try #require(terminal >= 0, "cannot open \(tty)")
        defer { close(terminal) }
        for (width, height) in sizes {
            var size = winsize(ws_row: UInt16(height), ws_col: UInt16(width), ws_xpixel: 0, ws_ypixel: 0)
            #expect(withUnsafeMutablePointer(to: &size) { ioctl(terminal, UInt(TIOCSWINSZ), $0) } == 0)
        }
    }

    /// Writes bytes to the pane's terminal behind the program's back.
    func writeToPane(_ session: TmuxSession, _ text: String) throws {
        let tty = try session.format("#{pane_tty}")
        let terminal = open(tty, O_WRONLY | O_NOCTTY)
        try #require(terminal >= 0, "cannot open \(tty)")
        defer { close(terminal) }
        let bytes = Array(text.utf8)
        #expect(write(terminal, bytes, bytes.count) == bytes.count)
    }

    /// The state letter of a process from /proc (`S`, `R`, `T` stopped, `Z` zombie), nil when gone.
    func processState(_ process: pid_t) -> Character? {
        guard let stat = try? String(contentsOfFile: "/proc/\(process)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        return stat[stat.index(after: close)...].first { $0 != " " }
    }

    /// Starts libcoop at 80×24 from `session`'s shell with every frame after the first sent as
    /// its top half and, `pauseMilliseconds` later, the rest (a slow link); presses `3` and waits
    /// until the Staff tab's top half is on the screen without the rest. Returns libcoop's
    /// process id (also in `folder`'s file `pid`).
    func showHalfAFrame(_ session: TmuxSession, _ folder: ScratchDirectory, pauseMilliseconds: Int) throws -> pid_t {
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        try session.type("LIBCOOP_DEBUG_SLOW_DRAW=\(pauseMilliseconds) sh -c 'echo $$ > \"$0\"; exec \"$@\"' "
            + "\(TmuxSession.quote(folder.path("pid"))) \(TmuxSession.quote(libcoop)) --lang zh")
        try session.sendKeys("Enter")
        _ = try #require(try browser.waitForFrame(session, width: 80, height: 24, showing: "金陵图书馆"), "no first frame: \(browser.shown(session))")
        let process = try browser.pid(folder)
        try session.sendKeys("3")
        _ = try #require(try session.waitForScreen { $0.count == 24 && $0[0].contains("人员") && $0[23].isEmpty },
                         "the top half of the Staff frame did not come alone: \(browser.shown(session))")
        return process
    }

    /// For a failure message: the screen, what libcoop (its process id in the file `pid`) is doing
    /// thread by thread, and whether the pane's terminal is in raw or line mode.
    func whereItIs(_ session: TmuxSession, _ folder: ScratchDirectory) -> String {
        var report = "screen:\n\(browser.shown(session))\n"
        if let text = folder.read("pid"), let process = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
            let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process)/task")) ?? []
            report += "libcoop \(process): state \(processState(process).map(String.init) ?? "gone")\n"
            for task in tasks.sorted() {
                let channel = (try? String(contentsOfFile: "/proc/\(process)/task/\(task)/wchan", encoding: .utf8)) ?? "?"
                let name = (try? String(contentsOfFile: "/proc/\(process)/task/\(task)/comm", encoding: .utf8)) ?? "?"
                report += "  thread \(task) \(name.trimmingCharacters(in: .whitespacesAndNewlines)): waiting in \(channel)\n"
            }
        }
        let terminal = open((try? session.format("#{pane_tty}")) ?? "", O_RDONLY | O_NOCTTY)
        if terminal >= 0 {
            defer { close(terminal) }
            var modes = termios()
            if tcgetattr(terminal, &modes) == 0 {
                report += "terminal: \(modes.c_lflag & tcflag_t(ICANON) != 0 ? "line mode" : "raw"), "
                    + "echo \(modes.c_lflag & tcflag_t(ECHO) != 0 ? "on" : "off")\n"
            }
        }
        return report
    }

    /// Polls until the process's state satisfies `predicate`.
    func waitForState(_ process: pid_t, timeout: Duration = .seconds(10), _ predicate: (Character?) -> Bool) -> Bool {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while !predicate(processState(process)) {
            if ContinuousClock.now >= deadline { return false }
            usleep(20_000)
        }
        return true
    }

    /// Polls until the process has ended (gone, or a zombie nobody has reaped yet).
    func waitUntilGone(_ process: pid_t) -> Bool {
        waitForState(process) { $0 == nil || $0 == "Z" }
    }
}

/// `libcoop --lang zh` run from a plain `sh` script in a fresh tmux server.
///
/// The script traps SIGINT, SIGHUP and SIGQUIT so that it outlives Ctrl-C and a hang-up and can
/// record how libcoop ended; libcoop itself starts with default dispositions. It writes
/// `termios-before` (`stty -g`), `pid`, `exit`, `termios-after`, `stty` (`stty -a`) and `done`
/// (`pid` and `exit` whole, by renaming, as tests read them as soon as they appear).
struct BrowserRun {
    let session: TmuxSession
    let folder: ScratchDirectory

    /// Starts libcoop with `arguments` and `environment`; `childPrelude` runs in libcoop's own
    /// shell just before it, inside single quotes (such as `trap "" HUP; `). With `recordOutput`
    /// every byte written to the terminal goes to the file `output`. `beforeStart` runs once the
    /// pane exists, before the script goes on. Waits for `firstFrame` with the frame's bottom
    /// edge, unless nil.
    init(width: Int, height: Int, arguments: [String] = [], environment: [String: String] = [:], childPrelude: String = "",
         recordOutput: Bool = false, firstFrame: String? = "金陵图书馆", beforeStart: (TmuxSession) throws -> Void = { _ in }) throws {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        let q = TmuxSession.quote
        let command = ([libcoop, "--lang", "zh"] + arguments).map(q).joined(separator: " ")
        let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(q($0.value))" }.joined(separator: "\n")
        let script = """
            trap 'echo trapped' INT HUP QUIT
            ulimit -c 0
            export LANG=C.UTF-8
            unset LC_ALL LIBCOOP_DATA NO_COLOR
            \(exports)
            while [ ! -e \(q(folder.path("go"))) ]; do sleep 0.02; done
            stty -g > \(q(folder.path("termios-before")))
            sh -c '\(childPrelude)echo $$ > "$0.new"; mv "$0.new" "$0"; exec "$@"' \(q(folder.path("pid"))) \(command)
            echo $? > \(q(folder.path("exit.new"))); mv \(q(folder.path("exit.new"))) \(q(folder.path("exit")))
            stty -g > \(q(folder.path("termios-after"))) || exit 0
            stty -a > \(q(folder.path("stty")))
            echo ok > \(q(folder.path("done")))
            exec sleep 600
            """
        try script.write(toFile: folder.path("run.sh"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: width, height: height, command: "sh \(q(folder.path("run.sh")))")
        self.session = session
        self.folder = folder
        if recordOutput {
            try session.run(["pipe-pane", "-t", "test", "-o", "cat >> \(q(folder.path("output")))"])
        }
        try beforeStart(session)
        _ = FileManager.default.createFile(atPath: folder.path("go"), contents: Data("go\n".utf8))
        if let firstFrame {
            let firstScreen = try session.waitForScreen { screen in
                screen.contains { $0.contains(firstFrame) } && screen.contains { $0.hasPrefix("╰") }
            }
            #expect(firstScreen != nil, "the browser did not show its first screen: \(((try? session.screen()) ?? []).joined(separator: "\n"))")
        }
    }

    func pid() throws -> pid_t {
        let text = try #require(folder.waitFor("pid"))
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    func close() {
        session.close()
        folder.remove()
    }
}
