/// What a key asks of the browser when no overlay is open. The key table (`KeyBindings`) maps
/// keys to commands; `BrowserKeys` performs them, handing the tab's own to the selected tab.
enum BrowserCommand: Sendable, Hashable {
    case quit
    case help
    case findStaff
    case searchRecords
    /// `n` / `N`: the next (+1) or previous (-1) person of the last staff search.
    case stepLastSearch(Int)
    case reload
    /// `x`: write the focused table to a CSV, Markdown or xlsx file.
    case export
    /// `e`: the selected record in the user's editor.
    case editRecord
    /// `a`: a new record of the tab's kind.
    case addRecord
    /// `D`: remove the selected record, after confirmation.
    case removeRecord
    /// `p`: the problems the last reload found, in a list.
    case showProblems
    case toggleLanguage
    case showTab(Tab)
    /// Tab / Shift-Tab: between the library tree and the tab.
    case switchPane
    case back
    case forward
    /// Esc: out of the tab's inner list, else back to the library tree.
    case escape
    case left
    case right
    /// Enter: into the tab from the tree, else the tab opens what is selected.
    case open
    case move(ListMotion)
    /// A key only one tab has (listed in that tab's `keyBindings`).
    case tab(TabAction)
}

/// The commands of keys that belong to one tab; the tab that lists the key handles it.
enum TabAction: Sendable, Hashable {
    /// Linkage `y`: the next year of the filter, then no filter.
    case cycleYear
}
