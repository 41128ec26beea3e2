import Foundation
import LibcoopTestSupport
import Testing

/// The real `libcoop` browser driven in a real terminal (tmux), with the bundled Nanjing dataset:
/// staff search, the Floors tab, narrow and wide layouts, resizes down to the too-small notice and
/// back, and the terminal given back after `q` and after SIGTERM; `--open`, and a broken dataset
/// that must be reported before the terminal is taken.
///
/// Each scenario runs a plain `sh` script (not an interactive shell, which would repair the
/// terminal and hide a broken exit) that starts `libcoop` with its pid in a file, then records its
/// exit status and `stty -a`. tmux is required; `LIBCOOP_SKIP_TMUX=1` skips these tests.
@Suite("Browser end to end in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserEndToEndTests {
    /// A window size to start at, and another one to resize to (two panes from 80 columns, one below).
    struct WindowSize: CustomTestStringConvertible, Sendable {
        var width: Int
        var height: Int
        var resizeWidth: Int
        var resizeHeight: Int
        var narrow: Bool { width < 80 }
        var testDescription: String { "\(width)×\(height) → \(resizeWidth)×\(resizeHeight)" }
    }

    static let sizes = [
        WindowSize(width: 80, height: 24, resizeWidth: 120, resizeHeight: 40),
        WindowSize(width: 120, height: 40, resizeWidth: 80, resizeHeight: 24),
        WindowSize(width: 60, height: 20, resizeWidth: 100, resizeHeight: 30),
    ]

    /// The gallery suite's checks (frame at the right edge, terminal restored) are reused as they are.
    let checks = GalleryEndToEndTests()

    // MARK: - Tests

    @Test("Staff search, Floors tab, resizes and the too-small notice; q restores the terminal", arguments: sizes)
    func searchFloorsResizeQuit(size: WindowSize) throws {
        let (session, folder) = try start(width: size.width, height: size.height)
        defer { session.close(); folder.remove() }
        var lines = try session.screen()
        #expect(lines.count == size.height, "screen has \(lines.count) rows: \(lines)")
        if size.narrow {
            // One pane at a time: the library tree alone, no tab bar.
            #expect(lines.count > 1 && lines[1].hasPrefix("╭ 图书馆"), "\(lines)")
            #expect(!lines.contains { $0.contains("2 楼层") }, "tab bar shown beside the tree at \(size.width) columns: \(lines)")
        } else {
            #expect(lines.contains { $0.contains("1 概况") && $0.contains("╭ 图书馆") }, "tree and tabs side by side: \(lines)")
        }
        #expect(try session.format("#{alternate_on}") == "1", "not on the alternate screen while running")
        #expect(try session.format("#{cursor_flag}") == "0", "cursor shown while browsing")

        // `/`, the pinyin of the name, Enter: the person's library, Staff tab, the person selected.
        try session.sendKeys("/")
        _ = try #require(try session.waitFor("搜索人员"), "the staff search did not open: \(shown(session))")
        try session.type("zhangqingwen")
        _ = try #require(try session.waitForScreen { $0.contains { $0.contains("zhangqingwen") } && $0.contains { $0.contains("张庆文") } },
                         "no result for zhangqingwen: \(shown(session))")
        try session.sendKeys("Enter")
        lines = try #require(try session.waitForScreen { screen in
            !screen.contains { $0.contains("搜索人员") } && screen.contains { $0.contains("人员 (") }
        }, "Enter did not jump to the Staff tab: \(shown(session))")
        #expect(lines[0].contains("雨花台区图书"), "breadcrumb does not name 雨花台区图书馆: \(lines[0])")
        if !size.narrow {
            #expect(lines[0].contains("雨花台区图书馆 › 人员"), "breadcrumb: \(lines[0])")
        }
        #expect(lines.contains { $0.contains("张庆文") && $0.contains("副馆长") }, "\(lines)")
        var selected = try reversedText(session)
        #expect(selected.contains { $0.contains("张庆文") && $0.contains("zhang qing wen") }, "张庆文 is not the selected row: \(selected)")
        #expect(selected.contains { $0.contains("3 人员") }, "the Staff tab is not the selected tab: \(selected)")
        #expect(!selected.contains { $0.contains("钱桦") }, "the other person is highlighted too: \(selected)")
        if size.narrow {
            #expect(!lines.contains { $0.contains("╭ 图书馆") }, "narrow mode shows the tree beside the content: \(lines)")
            #expect(lines[2].hasPrefix("╭ 人员"), "the Staff pane does not fill the width: \(lines)")
        }
        checks.expectFramed(lines, width: size.width, bodyRows: 2...(size.height - 2))

        // `2`: Floors, top floor first (6F); 视障阅览室 is on 3F, three floors down.
        try session.sendKeys("2")
        lines = try #require(try session.waitForScreen { $0.contains { $0.contains("▕6F") } && $0.contains { $0.contains("红色书房") } },
                             "the Floors tab did not open on 6F: \(shown(session))")
        #expect(lines[0].hasSuffix("› 6F"), "the Floors tab did not select 6F: \(lines[0])")
        #expect(!(try reversedText(session)).contains { $0.contains("3F") }, "3F selected on arriving at the Floors tab")
        try session.sendKeys("j", "j", "j")
        lines = try #require(try session.waitForScreen { $0[0].hasSuffix("› 3F") && $0.contains { $0.contains("视障阅览室") } },
                             "视障阅览室 not shown after moving to 3F: \(shown(session))")
        #expect(lines.contains { $0.contains("视障阅览室") && $0.contains("无障碍") && $0.contains("开放") }, "\(lines)")
        selected = try reversedText(session)
        #expect(selected.contains { $0.contains("3F") }, "3F is not the selected floor: \(selected)")
        #expect(selected.contains { $0.contains("2 楼层") }, "the Floors tab is not the selected tab: \(selected)")
        if !size.narrow {
            #expect(lines[0].hasSuffix("楼层 › 3F"), "breadcrumb: \(lines[0])")
        }
        checks.expectFramed(lines, width: size.width, bodyRows: 2...(size.height - 2))

        // Resize: the frame is redrawn to the new right edge, the state kept.
        try session.resize(width: size.resizeWidth, height: size.resizeHeight)
        lines = try #require(try waitForFrame(session, width: size.resizeWidth, height: size.resizeHeight, showing: "视障阅览室"),
                             "no redraw at \(size.resizeWidth)×\(size.resizeHeight): \(shown(session))")
        checks.expectFramed(lines, width: size.resizeWidth, bodyRows: 2...(size.resizeHeight - 2))
        if size.resizeWidth >= 80 {
            #expect(lines.contains { $0.contains("╭ 图书馆") }, "two panes expected at \(size.resizeWidth) columns: \(lines)")
        }

        // Too small: only the notice, at the new size; then back to the first size.
        try session.resize(width: 20, height: 6)
        lines = try #require(try session.waitForScreen { $0.count == 6 && $0.contains { $0.contains("当前 20×6") } },
                             "no too-small notice at 20×6: \(shown(session))")
        #expect(lines.contains { $0.contains("太小") }, "\(lines)")
        #expect(!lines.contains { $0.contains("视障阅览室") || $0.contains("│") }, "layout drawn in a 20×6 window: \(lines)")
        for (row, line) in lines.enumerated() {
            #expect(line.terminalWidth <= 20, "row \(row) is \(line.terminalWidth) wide: \(line)")
        }
        try session.resize(width: size.width, height: size.height)
        lines = try #require(try waitForFrame(session, width: size.width, height: size.height, showing: "视障阅览室"),
                             "did not recover from the too-small notice at \(size.width)×\(size.height): \(shown(session))")
        #expect(!lines.contains { $0.contains("太小") }, "too-small notice left on screen: \(lines)")
        checks.expectFramed(lines, width: size.width, bodyRows: 2...(size.height - 2))
        selected = try reversedText(session)
        #expect(selected.contains { $0.contains("3F") }, "3F no longer selected after the resizes: \(selected)")

        // `q`: the shell gets a sane terminal back.
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("The Floors tab at 100×30 is the whole directory: 6F's and 3F's spaces on one screen, and Enter opens a space")
    func floorDirectoryAt100x30() throws {
        let (session, folder) = try start(width: 100, height: 30)
        defer { session.close(); folder.remove() }
        try session.sendKeys("j", "2")
        // Waited for until everything checked below is drawn: tmux can show a frame half written.
        var lines = try #require(try session.waitForScreen { screen in
            screen[0].hasSuffix("楼层 › 6F") && screen.last?.contains("Enter  进入楼层") == true
                && screen.contains { $0.contains("红色书房") } && screen.contains { $0.contains("视障阅览室") && $0.contains("无障碍") }
                && screen.contains { $0.contains("5F · 3 个空间 · 1 个建设中") } && screen.contains { $0.contains("百姓书房") && $0.contains("建设中") }
        }, "the Floors tab did not open as the directory: \(shown(session))")
        #expect(lines.contains { $0.contains("红色书房") }, "6F's 红色书房 is not shown: \(lines)")
        #expect(lines.contains { $0.contains("视障阅览室") && $0.contains("无障碍") }, "3F's 视障阅览室 is not shown with 6F: \(lines)")
        #expect(lines.contains { $0.contains("5F · 3 个空间 · 1 个建设中") }, "5F's heading does not say a space is being built: \(lines)")
        #expect(lines.contains { $0.contains("百姓书房") && $0.contains("建设中") }, "\(lines)")
        #expect(lines.last?.contains("Enter  进入楼层") == true, "footer: \(lines.last ?? "")")
        checks.expectFramed(lines, width: 100, bodyRows: 2...28)

        // Into the directory, down to the meeting room, Enter: the space with its whole note.
        try session.sendKeys("Enter", "G", "k")
        lines = try #require(try session.waitForScreen { $0.last?.contains("Enter  打开空间") == true && $0[0].hasSuffix("楼层不详") },
                             "did not reach the meeting room: \(shown(session))")
        // The breadcrumb is 楼层不详 after G already: wait for k to have moved the selection too.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(20)
        while clock.now < deadline, !(try reversedText(session)).contains(where: { $0.contains("会议室") }) {
            usleep(50_000)
        }
        #expect(try reversedText(session).contains { $0.contains("会议室") }, "会议室 is not the selected row")
        try session.sendKeys("Enter")
        lines = try #require(try session.waitFor("╭ 空间 · 楼层不详"), "Enter on 会议室 opened nothing: \(shown(session))")
        #expect(lines.contains { $0.contains("Meeting Room") }, "\(lines)")
        #expect(lines.contains { $0.contains("does not give its floor.") }, "the note is cut: \(lines)")
        #expect(lines.contains { $0.contains("座谈交流") }, "the talks held there are not linked: \(lines)")
        try session.sendKeys("q")
        _ = try #require(try session.waitForScreen { !$0.contains { $0.contains("╭ 空间") } }, "q did not close the space")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("The Linkage tab lists the 2022 work plan, and Enter on it opens the document with its link to the talks")
    func linkageListsThe2022WorkPlan() throws {
        let (session, folder) = try start(width: 100, height: 30)
        defer { session.close(); folder.remove() }
        try session.sendKeys("j", "5")
        let lines = try #require(try session.waitFor("◆ 南京市公共图书馆2022年基层服务专项工作方案"),
                                 "the Linkage tab does not list the 2022 work plan: \(shown(session))")
        let plan = try #require(lines.firstIndex { $0.contains("◆ 南京市公共图书馆2022年基层服务专项工作方案") })
        #expect(lines[plan].contains("2022 "), "\(lines[plan])")
        #expect(lines[(plan + 1)...].contains { $0.contains("2022-05-30") }, "the plan is not before the visit: \(lines)")
        // The plan is the fourth row, after the three phases.
        try session.sendKeys("j", "j", "j")
        _ = try #require(try session.waitFor("文件  工作方案 · 南京市公共图书馆"), "the plan was not selected: \(shown(session))")
        try session.sendKeys("Enter")
        let overlay = try #require(try session.waitFor("╭ 文件 · 2022"), "Enter on the plan opened nothing: \(shown(session))")
        #expect(overlay.contains { $0.contains("座谈交流") }, "the talks that discuss it are not linked: \(overlay)")
        try session.sendKeys("Escape")
        _ = try #require(try session.waitForScreen { !$0.contains { $0.contains("╭ 文件") } }, "Esc did not close the document")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("--open organization:… and --open document:… start on their overlays", arguments: [
        ("organization:yuhuatai-wenlu", "╭ 机构", "雨花台区文化和旅游局"),
        ("document:plan-2022-grassroots-service", "╭ 文件 · 2022", "南京市公共图书馆2022年基层服务专项工作方案"),
    ])
    func openOrganisationOrDocument(target: String, frame: String, name: String) throws {
        let (session, folder) = try start(width: 100, height: 30, arguments: ["--open", target], firstFrame: frame)
        defer { session.close(); folder.remove() }
        let lines = try session.screen()
        #expect(lines.contains { $0.contains(name) }, "\(target): \(lines)")
        #expect(lines.contains { $0.contains("链接（Enter 打开）") }, "\(target) shows no links: \(lines)")
        try session.sendKeys("Escape")
        _ = try #require(try session.waitForScreen { !$0.contains { $0.contains(frame) } }, "Esc did not close \(target)")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("SIGTERM while browsing: status 143 and the terminal restored")
    func sigterm() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        try session.sendKeys("2")
        _ = try #require(try session.waitFor("1 概况 | 2 楼层"))
        #expect(try session.format("#{alternate_on} #{cursor_flag}") == "1 0", "not full-screen with a hidden cursor before the signal")
        let process = try pid(folder)
        let name = try? String(contentsOfFile: "/proc/\(process)/comm", encoding: .utf8)
        #expect(name?.trimmingCharacters(in: .whitespacesAndNewlines) == "libcoop", "pid \(process) is \(name ?? "gone"), not libcoop")
        #expect(kill(process, SIGTERM) == 0)
        try checks.expectRestored(session, folder, status: [143])
    }

    @Test("Under LANG=C.UTF-8 the English UI's staff search for zhangqingwen shows 张庆文 beside Zhang Qingwen")
    func englishStaffSearchShowsTheOriginalName() throws {
        // No --lang: the labels come from LANG=C.UTF-8, as over SSH on most servers.
        let (session, folder) = try start(width: 100, height: 30, language: nil, firstFrame: "Jinling Library")
        defer { session.close(); folder.remove() }
        #expect(try session.screen().contains { $0.contains("1 Overview") }, "not the English UI: \(shown(session))")
        try session.sendKeys("/")
        try session.type("zhangqingwen")
        let lines = try #require(try session.waitForScreen { $0.contains { $0.contains("Zhang Qingwen 张庆文") } },
                                 "no 张庆文 beside Zhang Qingwen: \(shown(session))")
        #expect(lines.contains { $0.contains("Find staff") }, "\(lines)")
        try session.sendKeys("Enter")
        let staff = try #require(try session.waitForScreen { screen in
            !screen.contains { $0.contains("Find staff") } && screen.contains { $0.contains("Staff (") }
        }, "Enter did not jump to the Staff tab: \(shown(session))")
        #expect(staff.contains { $0.contains("Zhang Qingwen 张庆文") }, "\(staff)")
        try session.sendKeys("q")
        #expect(folder.waitFor("done") != nil, "the browser did not quit")
    }

    @Test("--ascii: no box drawing or other ambiguous-width symbol on the overview, floors, staff, linkage and help screens")
    func asciiDrawsNoAmbiguousSymbols() throws {
        let (session, folder) = try start(width: 100, height: 30, arguments: ["--ascii"], firstFrame: nil)
        defer { session.close(); folder.remove() }
        _ = try #require(try session.waitForScreen { screen in
            screen.contains { $0.contains("金陵图书馆") } && screen.contains { $0.hasPrefix("+") }
        }, "the browser did not show its first screen in ASCII: \(shown(session))")
        let steps: [(keys: [String], shows: String)] = [
            (["j"], "概况"), (["2"], "5F"), (["3"], "张庆文"), (["5"], "2022"), (["?"], "按键"),
        ]
        for step in steps {
            for key in step.keys { try session.sendKeys(key) }
            let lines = try #require(try session.waitFor(step.shows), "after \(step.keys): \(shown(session))")
            let symbols = Set(lines.joined().unicodeScalars.filter(Self.isAmbiguousSymbol)).map { String($0) }
            #expect(symbols.isEmpty, "after \(step.keys): \(symbols.sorted()) on\n\(lines.joined(separator: "\n"))")
        }
        #expect(try session.screen().contains { $0.hasPrefix("+") }, "no ASCII border: \(shown(session))")
        try session.sendKeys("Escape")
        _ = try #require(try session.waitForScreen { screen in !screen.contains { $0.contains("按键") } },
                         "help did not close: \(shown(session))")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("config.toml: language, ascii and mouse reach the browser; --mouse on the command line wins over mouse = false")
    func configFileReachesTheBrowser() throws {
        let config = "language = \"en\"\nascii = true\nmouse = false\ntheme = \"high-contrast\"\n"
        let (session, folder) = try start(width: 100, height: 30, language: nil, firstFrame: nil, config: config)
        defer { session.close(); folder.remove() }
        _ = try #require(try session.waitForScreen { screen in
            screen.contains { $0.contains("Jinling Library") } && screen.contains { $0.hasPrefix("+") }
        }, "the browser did not start in English with ASCII borders: \(shown(session))")
        #expect(try session.format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}") == "000",
                "mouse reporting on despite mouse = false")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])

        let (flagged, flaggedFolder) = try start(width: 100, height: 30, language: nil, arguments: ["--mouse"], firstFrame: nil, config: config)
        defer { flagged.close(); flaggedFolder.remove() }
        _ = try #require(try flagged.waitForScreen { screen in screen.contains { $0.hasPrefix("+") } },
                         "the browser did not start: \(shown(flagged))")
        #expect(try flagged.format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}") != "000",
                "mouse reporting off despite --mouse")
        try flagged.sendKeys("q")
        try checks.expectRestored(flagged, flaggedFolder, status: [0])
    }

    @Test("The ambiguous-width probe leaves nothing on the screen the browser was started from")
    func probeLeavesNothingBehind() throws {
        let (session, folder) = try start(width: 80, height: 24)
        defer { session.close(); folder.remove() }
        #expect(try session.screen().contains { $0.hasPrefix("╭") }, "tmux answers as a narrow terminal: \(shown(session))")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
        let after = try session.screen().joined(separator: "\n")
        #expect(!after.contains("\u{B7}") && !after.contains("6n") && !after.contains("R"), "left on screen: \(after)")
    }

    /// Box drawing, block elements, and the symbols the browser used to draw (`·`, `…`, `—`, `–`,
    /// `●`, `→`, arrows) — all East Asian Ambiguous.
    static func isAmbiguousSymbol(_ scalar: Unicode.Scalar) -> Bool {
        (0x2500...0x25FF).contains(scalar.value) || (0x2190...0x21FF).contains(scalar.value)
            || ["\u{B7}", "\u{2026}", "\u{2014}", "\u{2013}", "\u{2022}", "\u{D7}"].contains(scalar)
    }

    @Test("--open staff:zhangqingwen starts on 张庆文 (also with --no-color --no-mouse)")
    func openStaff() throws {
        // The person's card opens over the Staff tab of their library.
        let (session, folder) = try start(width: 80, height: 24, arguments: ["--open", "staff:zhangqingwen", "--no-color", "--no-mouse"],
                                          firstFrame: "╭ 张庆文 ")
        defer { session.close(); folder.remove() }
        // The pinyin comes with the search index, built just after the first frame.
        var lines = try #require(try session.waitForScreen { screen in
            screen.contains { $0.contains("张庆文  zhang qing wen  Zhang Qingwen") }
        }, "the card has no pinyin: \(shown(session))")
        #expect(lines[0].contains("雨花台区图书馆 › 人员"), "breadcrumb: \(lines[0])")
        #expect(lines.contains { $0.contains("职务    副馆长") }, "\(lines)")
        #expect(lines.contains { $0.contains("编号    zhangqingwen") }, "\(lines)")
        #expect(try reversedText(session).contains { $0.contains("3 人员") }, "the Staff tab is not the selected tab")
        #expect(try session.format("#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}") == "000",
                "mouse reporting on despite --no-mouse")

        // Closing the card leaves 张庆文 selected in the table.
        try session.sendKeys("Escape")
        lines = try #require(try session.waitForScreen { screen in
            !screen.contains { $0.contains("╭ 张庆文") } && screen.contains { $0.contains("人员 (") }
        }, "Esc did not close the person's card: \(shown(session))")
        let selected = try reversedText(session)
        #expect(selected.contains { $0.contains("张庆文") && $0.contains("zhang qing wen") }, "张庆文 is not the selected row: \(selected)")
        #expect(selected.contains { $0.contains("3 人员") }, "the Staff tab is not the selected tab: \(selected)")
        checks.expectFramed(lines, width: 80, bodyRows: 2...22)
        let attributed = try session.screenWithAttributes()
        let colours = Self.colourSequences(in: attributed)
        #expect(colours.isEmpty, "colour despite --no-color: \(colours)")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("A large dataset loads behind a progress screen, then the browser opens on it")
    func largeDatasetShowsProgress() throws {
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("libcoop-large-\(UUID().uuidString).json").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let generated = try ChildProcess.run([libcoop, "generate", "--libraries", "3300", "--staff", "50000", "--output", data])
        #expect(generated.status == 0, "\(generated.errors)")
        let size = try #require(try FileManager.default.attributesOfItem(atPath: data)[.size] as? Int)
        #expect(size > 16 << 20, "the dataset must be over the 16 MB that loads in the background")
        let (session, folder) = try start(width: 80, height: 24, arguments: ["--data", data], firstFrame: nil)
        defer { session.close(); folder.remove() }
        let loading = try session.waitForScreen { screen in screen.contains { $0.contains("正在") && $0.contains(" s") } }
        #expect(loading != nil, "no progress screen while loading: \(shown(session))")
        #expect(loading?.contains { $0.contains("q 取消") } == true)
        let browser = try session.waitForScreen(timeout: .seconds(60)) { screen in
            screen.contains { $0.contains("图书馆") && $0.hasPrefix("╭") } && screen.contains { $0.hasPrefix("╰") }
        }
        #expect(browser != nil, "the browser did not open after loading: \(shown(session))")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    @Test("A broken dataset: the problem on the terminal, status 65, never full-screen")
    func badDataset() throws {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        defer { folder.remove() }
        let badTier = RepositoryFiles.root.appendingPathComponent("Tests/Fixtures/invalid/bad-tier.json").path
        let q = TmuxSession.quote
        // The broken dataset first, then (as a control for the output check) the good one.
        let script = """
            export LANG=C.UTF-8
            unset LC_ALL LIBCOOP_DATA NO_COLOR
            while [ ! -e \(q(folder.path("go"))) ]; do sleep 0.02; done
            \(q(libcoop)) --lang zh --data \(q(badTier))
            echo $? > \(q(folder.path("bad-exit")))
            stty -a > \(q(folder.path("bad-stty")))
            echo ok > \(q(folder.path("bad-done")))
            sh -c 'echo $$ > "$0"; exec "$@"' \(q(folder.path("pid"))) \(q(libcoop)) --lang zh
            echo $? > \(q(folder.path("exit")))
            stty -a > \(q(folder.path("stty")))
            echo ok > \(q(folder.path("done")))
            exec sleep 600
            """
        try script.write(toFile: folder.path("run.sh"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: 80, height: 24, command: "sh \(q(folder.path("run.sh")))")
        defer { session.close() }
        // Everything the pane's programs write to the terminal, from before libcoop starts.
        try tmux(session, ["pipe-pane", "-t", "test", "-o", "cat >> \(q(folder.path("output")))"])
        #expect(FileManager.default.createFile(atPath: folder.path("go"), contents: Data("go\n".utf8)))

        let done = folder.waitFor("bad-done")
        #expect(done != nil, "the shell did not get control back after the broken dataset")
        #expect(folder.read("bad-exit")?.trimmingCharacters(in: .whitespacesAndNewlines) == "65",
                "exit status \(folder.read("bad-exit") ?? "none")")
        let modes = Set((folder.read("bad-stty") ?? "").split(whereSeparator: { $0 == " " || $0 == ";" || $0 == "\n" }).map(String.init))
        #expect(modes.contains("icanon") && modes.contains("echo"), "terminal modes changed: \(folder.read("bad-stty") ?? "none")")
        let screen = try #require(try session.waitFor("1 problem in 1 file"), "no problem report: \(shown(session))")
        // Long lines wrap (and tmux trims a space at a wrap), so compare without spaces.
        let screenText = screen.joined().filter { $0 != " " }
        #expect(screenText.contains("bad-tier.json:36:14:/libraries/1/tier:\"distrct\"isnotoneof"), "\(screen)")
        let output = waitForOutput(folder) { $0.contains("1 problem in 1 file") } ?? ""
        #expect(output.contains("/libraries/1/tier: \"distrct\" is not one of"), "\(output.debugDescription)")
        #expect(!output.contains("\u{1B}[?1049h") && !output.contains("\u{1B}[?25l"),
                "full-screen mode entered for a broken dataset: \(output.debugDescription)")

        // The control: the same check sees full-screen mode when the browser does open.
        _ = try #require(try session.waitFor("金陵图书馆"), "the browser did not open: \(shown(session))")
        let opened = waitForOutput(folder) { $0.contains("\u{1B}[?1049h") }
        #expect(opened != nil, "the terminal output was not recorded; the check above proves nothing")
        try session.sendKeys("q")
        try checks.expectRestored(session, folder, status: [0])
    }

    // MARK: - Helpers

    /// Starts `libcoop --lang zh arguments…` with the bundled dataset in a fresh tmux server, from a
    /// plain `sh` script that records the pid, the exit status and `stty -a`; waits for `firstFrame`.
    /// With `inFolder`, libcoop runs in the scratch folder (files it writes by relative name land there).
    func start(width: Int, height: Int, language: String? = "zh", arguments: [String] = [], firstFrame: String? = "金陵图书馆",
               inFolder: Bool = false, config: String? = nil) throws -> (TmuxSession, ScratchDirectory) {
        try #require(TmuxSession.isAvailable, "tmux is needed (apt-get install tmux), or set LIBCOOP_SKIP_TMUX=1")
        let libcoop = try #require(BuiltExecutable.libcoop, "libcoop not built beside the tests")
        let folder = try ScratchDirectory("e2e")
        // The run's own config home (none unless `config` is given): the developer's config.toml
        // never reaches a test.
        var configHome = "/nonexistent/libcoop-tests"
        if let config {
            configHome = folder.path("config")
            try FileManager.default.createDirectory(atPath: folder.path("config/libcoop"), withIntermediateDirectories: true)
            try config.write(toFile: folder.path("config/libcoop/config.toml"), atomically: true, encoding: .utf8)
        }
        let q = TmuxSession.quote
        let command = ([libcoop] + (language.map { ["--lang", $0] } ?? []) + arguments).map(q).joined(separator: " ")
        // `exec` in the inner shell: the pid written is libcoop's own.
        let script = """
            export LANG=C.UTF-8
            unset LC_ALL LIBCOOP_DATA NO_COLOR
            export XDG_CONFIG_HOME=\(q(configHome))
            \(inFolder ? "cd \(q(folder.url.path)) || exit 1" : "")
            sh -c 'echo $$ > "$0"; exec "$@"' \(q(folder.path("pid"))) \(command)
            echo $? > \(q(folder.path("exit")))
            stty -a > \(q(folder.path("stty")))
            echo ok > \(q(folder.path("done")))
            exec sleep 600
            """
        try script.write(toFile: folder.path("run.sh"), atomically: true, encoding: .utf8)
        let session = try TmuxSession(width: width, height: height, command: "sh \(q(folder.path("run.sh")))")
        if let firstFrame {
            let firstScreen = try session.waitForScreen { screen in
                screen.contains { $0.contains(firstFrame) } && screen.contains { $0.hasPrefix("╰") }
            }
            #expect(firstScreen != nil, "the browser did not show its first screen: \(shown(session))")
        }
        return (session, folder)
    }

    /// The screen as text for a failure message.
    func shown(_ session: TmuxSession) -> String {
        ((try? session.screen()) ?? []).joined(separator: "\n")
    }

    func pid(_ folder: ScratchDirectory) throws -> pid_t {
        let text = try #require(folder.waitFor("pid"))
        return try #require(pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    /// Polls until the screen is `width` × `height`, its frame closes in the last column (top and
    /// bottom corners) and it shows `text`.
    func waitForFrame(_ session: TmuxSession, width: Int, height: Int, showing text: String) throws -> [String]? {
        try session.waitForScreen { lines in
            guard lines.count == height, lines.contains(where: { $0.contains(text) }) else { return false }
            return lines[2].character(atColumn: width - 1) == "╮" && lines[height - 2].character(atColumn: width - 1) == "╯"
                && lines.allSatisfy { $0.terminalWidth <= width }
        }
    }

    /// Each screen row's text shown in reverse video (the browser's selection), runs joined.
    func reversedText(_ session: TmuxSession) throws -> [String] {
        try session.screenWithAttributes().components(separatedBy: "\n").map(Self.reversedText(inRow:))
    }

    /// The characters of a `capture-pane -e` row that are drawn with SGR 7 (reverse) on.
    static func reversedText(inRow row: String) -> String {
        var result = ""
        var reverse = false
        var scalars = row.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            guard scalar == "\u{1B}" else {
                if reverse { result.unicodeScalars.append(scalar) }
                continue
            }
            guard scalars.next() == "[" else { continue }
            var parameters = ""
            var final: Unicode.Scalar?
            while let next = scalars.next() {
                if (0x40...0x7E).contains(next.value) { final = next; break }
                parameters.unicodeScalars.append(next)
            }
            guard final == "m" else { continue }
            let codes = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
            var index = 0
            while index < codes.count {
                switch codes[index] {
                case 0: reverse = false
                case 7: reverse = true
                case 27: reverse = false
                case 38, 48, 58:
                    // Extended colours: 5;n or 2;r;g;b follow and are not attributes.
                    if index + 1 < codes.count { index += codes[index + 1] == 2 ? 4 : 2 }
                default: break
                }
                index += 1
            }
        }
        return result
    }

    /// The SGR sequences in `text` that set a foreground or background colour (default colours,
    /// 39 and 49, do not count).
    static func colourSequences(in text: String) -> [String] {
        let colour: Set<Int> = Set(30...38).union(40...48).union(90...97).union(100...107)
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            guard let end = rest.firstIndex(where: { ("\u{40}"..."\u{7E}").contains($0) }) else { break }
            let parameters = rest[..<end]
            if rest[end] == "m", parameters.split(separator: ";").contains(where: { Int($0).map(colour.contains) ?? false }) {
                found.append("ESC[\(parameters)m")
            }
            rest = rest[rest.index(after: end)...]
        }
        return found
    }

    /// Polls the recorded terminal output until `predicate` holds.
    func waitForOutput(_ folder: ScratchDirectory, timeout: Duration = .seconds(20), _ predicate: (String) -> Bool) -> String? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        while true {
            // Read leniently: the recorder may have written half of a character so far.
            let output = FileManager.default.contents(atPath: folder.path("output")).map { String(decoding: $0, as: UTF8.self) } ?? ""
            if predicate(output) { return output }
            if ContinuousClock.now >= deadline { return nil }
            usleep(30_000)
        }
    }

    /// Runs a tmux command against the session's private server.
    func tmux(_ session: TmuxSession, _ arguments: [String]) throws {
        var environment = ProcessInfo.processInfo.environment
        environment["LC_ALL"] = "C.UTF-8"
        environment.removeValue(forKey: "TMUX")
        let result = try ChildProcess.run(["tmux", "-u", "-f", "/dev/null", "-L", session.socket] + arguments, environment: environment)
        guard result.status == 0 else {
            throw TmuxSession.Failure(description: "tmux \(arguments.joined(separator: " ")) failed (\(result.status)): \(result.errors)")
        }
    }
}
