import LibcoopRender
import Synchronization

/// The panes under the footer and any overlay (header, library tree, tab bar and tab), kept from
/// the frame before while nothing they draw has changed: typing in `/` or `:` at national scale
/// then redraws only the overlay and the footer, not thousands of tree rows and the Overview's
/// wrapped text. Like Elm's `lazy`, it is keyed by everything those panes read (`BackdropKey`),
/// so `view` stays a function of the state: the same state always gives the same grid.
final class BackdropMemo: Sendable {
    private let last = Mutex<(key: BackdropKey, grid: Grid)?>(nil)
    private let draws = Mutex(0)

    /// The one memo `BrowserView` draws through.
    static let shared = BackdropMemo()

    /// The backdrop for `state`: the kept grid when its key matches, else `draw`'s, then kept.
    func backdrop(for state: BrowserState, draw: () -> Grid) -> Grid {
        let key = BackdropKey(state)
        if let kept = last.withLock({ $0?.key == key ? $0?.grid : nil }) { return kept }
        let grid = draw()
        last.withLock { $0 = (key, grid) }
        draws.withLock { $0 += 1 }
        return grid
    }

    /// How many backdrops were drawn rather than reused: the tests' view of the memo at work.
    var drawCount: Int { draws.withLock { $0 } }
}

/// Everything the backdrop panes read from the state and from the task-local drawing settings.
/// The dataset and the selected library's records compare by their `DerivationStamp` (by
/// reference); the rest by value.
struct BackdropKey: Equatable {
    let data: DerivationStamp
    let indexed: Bool
    let records: DerivationStamp
    let size: Size
    let language: Language
    let focus: Focus
    let tab: Tab
    let tree: SelectionState
    let overview: OverviewPaneState
    let floors: FloorsPaneState
    let staff: StaffPaneState
    let programs: ProgramsPaneState
    let linkage: LinkagePaneState
    let narrowShowsContent: Bool
    let ambiguousWidth: AmbiguousWidth
    let theme: ColorTheme

    init(_ state: BrowserState) {
        data = state.data.stamp
        indexed = state.data.searchIndexes != nil
        records = state.records.stamp
        size = state.size
        language = state.language
        focus = state.focus
        tab = state.tab
        tree = state.tree
        overview = state.overview
        floors = state.floors
        staff = state.staff
        programs = state.programs
        linkage = state.linkage
        narrowShowsContent = state.narrowShowsContent
        ambiguousWidth = AmbiguousWidth.current
        theme = ColorTheme.current
    }
}
