import LibcoopCore
import LibcoopRender

/// A tab of the browser as a component, in the Bubble Tea sense: it owns its state (a field of
/// `BrowserState`), answers the commands sent to it while it has the keys, keeps its selection
/// in range when anything changes, lists its own keys, and draws itself. `Tab.component` says
/// which component each tab is.
protocol TabComponent {
    associatedtype State: Sendable, Hashable

    /// Where the component's state is kept.
    static var state: WritableKeyPath<BrowserState, State> & Sendable { get }

    /// The state of the tab for a library just selected: everything at its top.
    static var initial: State { get }

    /// What history keeps of the tab: the selected row of its main list and, for a list inside
    /// that row (Floors' spaces), the selected inner row.
    static func place(_ state: State) -> (row: Int?, subrow: Int?)

    /// Selects `row` (and `subrow`) again, going back in history or following a link.
    static func show(row: Int, subrow: Int?, in state: inout State)

    /// Answers `command` (movement, Enter, Esc/←, →, or one of its own keys).
    static func update(_ state: inout State, _ command: TabCommand, context: TabContext) -> TabOutcome

    /// Clamps the selection to what exists and scrolls it into view.
    static func settle(_ state: inout State, context: TabContext)

    /// The keys only this tab has, for dispatch, help and footer.
    static func keyBindings(_ language: Language) -> [KeyBinding]

    /// What Enter does on this tab where the user is, for the footer; nil when it does nothing
    /// there (an empty list, say), so the footer never offers a key that does nothing.
    static func openHint(_ state: State, context: TabContext) -> String?

    /// Whether the movement keys move anything on this tab where the user is, for the footer
    /// (an empty list has nothing to move through).
    static func canMove(_ state: State, context: TabContext) -> Bool

    /// Draws the tab in `area`.
    static func view(_ browser: BrowserState, in area: Rect, focused: Bool, into grid: inout Grid)
}

extension TabComponent {
    static func keyBindings(_ language: Language) -> [KeyBinding] { [] }

    static func canMove(_ state: State, context: TabContext) -> Bool { true }
}

/// What a tab is sent while it has the keys.
enum TabCommand: Sendable, Hashable {
    case move(ListMotion)
    /// Enter.
    case open
    /// Esc or ←: out of an inner list, else back to the tree.
    case back
    /// →.
    case right
    case own(TabAction)
}

/// What came of a command, beyond the tab's own state.
enum TabOutcome: Sendable {
    case handled
    /// The tab gives the keys back to the library tree.
    case leave
    /// The tab opens a detail over itself.
    case open(Overlay)
}

/// What a tab reads to answer a command: the data, what is derived for the selected library, and
/// how many rows its list shows at the current size.
struct TabContext {
    let data: BrowserData
    /// The selected library (nil when the dataset has none) and what is derived for it.
    let library: Library?
    let records: LibraryRecords
    /// Positions in `dataset.staff` of the selected library's people.
    let staff: [Int]
    /// Rows of a table filling the content pane (below its heading).
    let tableRows: Int
    /// The content pane, for a tab whose length depends on the width (Overview).
    let content: Rect?
    let language: Language
    /// The tab shown now; a tab not shown may skip costly settling.
    let selectedTab: Tab

    /// Rows a page key moves in a table filling the pane.
    var page: Int { max(1, tableRows - 1) }
}

extension SelectionState {
    /// Selects the first item when there are items and nothing is selected, then clamps the
    /// selection to `count` and scrolls it into `visibleRows`.
    mutating func settle(count: Int, visibleRows: Int) {
        if selected == nil && count > 0 { selected = 0 }
        keepSelectionVisible(count: count, visibleRows: visibleRows)
    }
}
