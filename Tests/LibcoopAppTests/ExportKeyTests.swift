import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp
import LibcoopTestSupport

/// The browser's `x`: a prompt line prefilled with a name for the focused table, edited in place;
/// Enter asks the runtime to write it (an effect, never a file written by `update`); a file
/// already there is replaced only after `y`; the outcome shows on the status line.
@Suite struct ExportKeyTests {
    private func staffOfYuhuatai(_ language: Language = .english) -> BrowserState {
        var state = startBrowser(language: language)
        state.today = "2026-11-25"
        send(&state, .char("j"), .char("3"))
        return state
    }

    @Test func xOnTheStaffTabSuggestsANameAndEnterAsksForTheFile() throws {
        var state = staffOfYuhuatai()
        #expect(send(&state, .char("x")) == .none)
        #expect(footer(state).contains("Export to (.csv .md .xlsx; Enter, Esc cancels): yuhuatai-staff-2026-11-25.csv"))
        let effect = send(&state, .key(KeyEvent(.enter)))
        #expect(effect == .export(TableExport(table: .staff, libraryID: "yuhuatai", ids: nil, language: .english,
                                              path: "yuhuatai-staff-2026-11-25.csv", format: .csv)))
        #expect(state.exportPrompt == nil)
    }

    @Test func theExtensionPicksTheFormatAndKeysTypeIntoThePrompt() throws {
        var state = staffOfYuhuatai()
        send(&state, .char("x"))
        send(&state, Array(repeating: .key(KeyEvent(.backspace)), count: 3))
        type(&state, "xlsx")
        #expect(footer(state).contains("cancels): yuhuatai-staff-2026-11-25.xlsx"))
        guard case .export(let request) = send(&state, .key(KeyEvent(.enter))) else { Issue.record("no export"); return }
        #expect(request.format == .xlsx && request.path == "yuhuatai-staff-2026-11-25.xlsx")
        send(&state, .char("x"), .key(.control("u")))
        type(&state, "q 1.md")
        #expect(state.exportPrompt?.text == "q 1.md", "q and digits are typed, not commands")
        guard case .export(let markdown) = send(&state, .key(KeyEvent(.enter))) else { Issue.record("no export"); return }
        #expect(markdown.format == .md)
    }

    @Test func aNameWithoutAKnownExtensionIsRefusedOnThePromptLine() {
        var state = staffOfYuhuatai(.chinese)
        send(&state, .char("x"), .key(.control("u")))
        type(&state, "名单.txt")
        #expect(send(&state, .key(KeyEvent(.enter))) == .none)
        #expect(footer(state).contains("名单.txt  ← 文件名须以 .csv、.md 或 .xlsx 结尾"))
        send(&state, .key(KeyEvent(.escape)))
        #expect(state.exportPrompt == nil)
        #expect(footer(state).contains("已取消导出。"))
    }

    @Test func theLinkageTabExportsWhatTheYearFilterLeaves() throws {
        var state = staffOfYuhuatai()
        send(&state, .char("5"), .char("y"))
        let year = try #require(state.linkage.year)
        let shown = LinkageTab.entries(state).map(\.id)
        #expect(shown.count < state.records.timeline.count, "the filter leaves some out")
        send(&state, .char("x"))
        guard case .export(let request) = send(&state, .key(KeyEvent(.enter))) else { Issue.record("no export"); return }
        #expect(request.table == .timeline && request.ids == shown)
        #expect(request.path == "yuhuatai-linkage-\(year)-2026-11-25.csv")
    }

    @Test func theOverviewHasNoTableToExport() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .key(KeyEvent(.enter)))
        #expect(state.tab == .overview)
        #expect(send(&state, .char("x")) == .none)
        #expect(state.exportPrompt == nil)
        #expect(footer(state).contains("Nothing to export here"))
    }

    @Test func anExistingFileIsReplacedOnlyAfterYes() throws {
        var state = staffOfYuhuatai()
        send(&state, .char("x"))
        guard case .export(let request) = send(&state, .key(KeyEvent(.enter))) else { Issue.record("no export"); return }
        Browser.update(&state, .exported(.exists(request)))
        #expect(footer(state).contains("yuhuatai-staff-2026-11-25.csv exists. Replace it? (y/N)"))
        #expect(send(&state, .char("n")) == .none)
        #expect(footer(state).contains("Not exported; the file is left as it was."))
        Browser.update(&state, .exported(.exists(request)))
        #expect(send(&state, .key(KeyEvent(.enter))) == .none, "Enter is no")
        Browser.update(&state, .exported(.exists(request)))
        var replacing = request
        replacing.replacing = true
        #expect(send(&state, .char("y")) == .export(replacing))
        Browser.update(&state, .exported(.written(path: request.path, rows: 2)))
        #expect(footer(state).contains("Exported 2 rows to yuhuatai-staff-2026-11-25.csv"))
        Browser.update(&state, .exported(.failed("Permission denied")))
        #expect(footer(state).contains("Export failed: Permission denied"))
    }

    @Test func theRuntimePerformsTheExportAndItsOutcomeComesBackThroughUpdate() {
        var backend = ScriptedTerminal(size: Size(width: 100, height: 30), stop: stopBrowser)
        backend.inject([.key(KeyEvent(.character("j"))), .key(KeyEvent(.character("2"))), .key(KeyEvent(.character("x"))),
                        .key(KeyEvent(.enter)), .key(KeyEvent(.character("q")))])
        var state = Browser.start(data: sampleData, size: backend.size, language: .english)
        var requests: [TableExport] = []
        BrowserRuntime.run(&state, on: &backend, reload: { .success(sampleData) }, export: { request, _ in
            requests.append(request)
            return .written(path: request.path, rows: 15)
        })
        #expect(requests.map(\.table) == [.spaces])
        #expect(requests.first?.path == "yuhuatai-spaces.csv", "no date unless the executable gives one")
        #expect(backend.screenLines.last?.contains("Exported 15 rows to yuhuatai-spaces.csv") == true)
    }
}
