import LibcoopCore
import LibcoopRender

/// The browser's `x`: what the focused table is, the prompt line's keys, and what comes back.
enum ExportKeys {
    /// Opens the prompt for the table the selected tab shows, prefilled with
    /// `LIBRARY-TABLE-DATE.csv` (the date when the runtime gave one); a tab with no table
    /// (Overview) says which tabs have one.
    static func begin(in state: inout BrowserState) {
        guard let library = state.selectedLibrary, let (table, ids, what) = shownTable(state) else {
            state.status = StatusMessage(state.language.pick(
                "此处没有可导出的表格：x 导出楼层、人员、项目或联动标签的表格。",
                "Nothing to export here: x exports the table of the Floors, Staff, Programs or Linkage tab."
            ), isError: true)
            return
        }
        let dated = state.today.map { "-\($0)" } ?? ""
        let name = "\(library.id)-\(what)\(dated).csv"
        let request = TableExport(table: table, libraryID: library.id, ids: ids, language: state.language, path: name, format: .csv)
        state.exportPrompt = ExportPrompt(request: request, text: name)
    }

    /// The selected tab's table, the ids it shows when a filter leaves out some, and its word for
    /// the file name.
    private static func shownTable(_ state: BrowserState) -> (TableExport.Table, [String]?, String)? {
        switch state.tab {
        case .overview: return nil
        case .floors: return (.spaces, nil, "spaces")
        case .staff: return (.staff, nil, "staff")
        case .programs: return (.programs, nil, "programs")
        case .linkage:
            let year = state.linkage.year
            let ids = year == nil ? nil : LinkageTab.entries(state).map(\.id)
            return (.timeline, ids, year.map { "linkage-\($0)" } ?? "linkage")
        }
    }

    /// A key while the prompt is open.
    static func handle(_ key: KeyEvent, in state: inout BrowserState) -> BrowserEffect {
        guard var prompt = state.exportPrompt else { return .none }
        prompt.problem = nil
        if case .confirmReplacing(let request) = prompt.stage {
            state.exportPrompt = nil
            if key.key == .character("y") || key.key == .character("Y") {
                var replacing = request
                replacing.replacing = true
                return .export(replacing)
            }
            state.status = StatusMessage(state.language.pick("未导出：文件保持不变。", "Not exported; the file is left as it was."))
            return .none
        }
        switch key.key {
        case .escape:
            state.exportPrompt = nil
            state.status = StatusMessage(state.language.pick("已取消导出。", "Export cancelled."))
        case .enter:
            let path = String(prompt.text.drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
            guard !path.isEmpty else { return .none }
            guard let format = TableExport.Format(path: path) else {
                prompt.problem = state.language.pick("文件名须以 .csv、.md 或 .xlsx 结尾", "the name must end in .csv, .md or .xlsx")
                state.exportPrompt = prompt
                return .none
            }
            var request = prompt.request
            request.path = path
            request.format = format
            state.exportPrompt = nil
            return .export(request)
        case .backspace:
            if !prompt.text.isEmpty { prompt.text.removeLast() }
            state.exportPrompt = prompt
        case .character(let character) where key.modifiers.isDisjoint(with: [.control, .alt]):
            prompt.text.append(character)
            state.exportPrompt = prompt
        default:
            if key == .control("u") {
                prompt.text = ""
                state.exportPrompt = prompt
            }
        }
        return .none
    }

    /// What the runtime reports after writing (or not).
    static func finish(_ outcome: TableExport.Outcome, in state: inout BrowserState) {
        let language = state.language
        switch outcome {
        case .written(let path, let rows):
            state.status = StatusMessage(language.pick("已导出 \(rows) 行到 \(path)", "Exported \(rows) rows to \(path)"))
        case .exists(let request):
            var prompt = ExportPrompt(request: request, text: request.path)
            prompt.stage = .confirmReplacing(request)
            state.exportPrompt = prompt
        case .failed(let message):
            state.status = StatusMessage(language.pick("导出失败：", "Export failed: ") + message, isError: true)
        }
    }

    /// The prompt line's text.
    static func line(_ prompt: ExportPrompt, _ language: Language) -> String {
        switch prompt.stage {
        case .path:
            let problem = prompt.problem.map { "  ← " + $0 } ?? ""
            return language.pick("导出到（.csv .md .xlsx；Enter 确定，Esc 取消）：", "Export to (.csv .md .xlsx; Enter, Esc cancels): ") + prompt.text + problem
        case .confirmReplacing(let request):
            return language.pick("\(request.path) 已存在，替换吗？(y/N) ", "\(request.path) exists. Replace it? (y/N) ")
        }
    }
}
