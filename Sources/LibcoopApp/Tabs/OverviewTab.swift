import LibcoopCore
import LibcoopRender

/// The Overview tab's state: how far it is scrolled.
public struct OverviewPaneState: Sendable, Hashable {
    public var scroll = 0
}

/// Tab 1, the selected library's facts and sources (drawn by `OverviewPane`): the arrows, `j`/`k`,
/// PgUp/PgDn, `g`/`G` and Home/End scroll it, no further than its last line.
enum OverviewTab: TabComponent {
    static let state = \BrowserState.overview
    static let initial = OverviewPaneState()

    static func place(_ state: OverviewPaneState) -> (row: Int?, subrow: Int?) { (nil, nil) }

    static func show(row: Int, subrow: Int?, in state: inout OverviewPaneState) {}

    static func update(_ state: inout OverviewPaneState, _ command: TabCommand, context: TabContext) -> TabOutcome {
        let page = max(1, visibleLines(context) - 1)
        switch command {
        case .move(.next): state.scroll += 1
        case .move(.previous): state.scroll = max(0, state.scroll - 1)
        case .move(.first): state.scroll = 0
        // `settle` brings it back to the last line that can be at the top.
        case .move(.last): state.scroll = Int.max / 2
        case .move(.pageDown): state.scroll += page
        case .move(.pageUp): state.scroll = max(0, state.scroll - page)
        case .open, .right, .own: break
        case .back: return .leave
        }
        return .handled
    }

    /// Lines of text the pane shows at the current size.
    private static func visibleLines(_ context: TabContext) -> Int {
        guard let content = context.content else { return 1 }
        return PaneFrame.block("", focused: false).inner(content).height
    }

    static func settle(_ state: inout OverviewPaneState, context: TabContext) {
        // Only the shown tab is measured, and only when scrolled (at the top there is nothing to
        // bring back): its lines are wrapped text, dear to build.
        guard state.scroll > 0, context.selectedTab == .overview, let content = context.content else { return }
        let inner = PaneFrame.block("", focused: false).inner(content)
        let lines = OverviewContent.lines(library: context.library, records: context.records, data: context.data,
                                          language: context.language, width: inner.width)
        state.scroll = min(state.scroll, max(0, lines.count - inner.height))
    }

    static func openHint(_ state: OverviewPaneState, context: TabContext) -> String? { nil }

    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid) {
        OverviewPane.render(browser, in: area, focused: focused, into: &grid)
    }
}
