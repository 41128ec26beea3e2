import LibcoopRender

/// The problems the last reload found, one after another as the loader writes them
/// (`file:line:column: /pointer: message`), wrapped and scrolled like any detail overlay.
enum ProblemListOverlay {
    static func content(_ state: BrowserState, list: ProblemListState) -> DetailContent {
        let language = state.language
        let count = list.problems.count
        let title = language.pick("重新载入发现的问题（\(count)）", count == 1 ? "1 problem found by the reload" : "\(count) problems found by the reload")
        let intro = Line(language.pick("仍显示原数据。改正文件后按 r 重新载入。", "The old data is still shown. Fix the files and press r to reload."),
                         style: Theme.label)
        return DetailContent(title: title, text: [intro, .empty] + list.problems.map { Line($0) }, links: [], language: language)
    }

    static func render(_ state: BrowserState, list: ProblemListState, into grid: inout Grid) {
        LinkedDetail.render(content(state, list: list), selection: list.selection, language: state.language, into: &grid)
    }
}
