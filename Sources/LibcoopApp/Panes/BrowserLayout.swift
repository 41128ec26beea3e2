import LibcoopRender

/// Where each part of the browser goes at the current size: a pure function of the size and of
/// which pane a narrow terminal shows, used by `view` to draw and by `update` to scroll lists and
/// to hit-test the mouse.
struct BrowserLayout {
    /// Narrower than this, one pane shows at a time.
    static let twoPaneWidth = 80
    /// Smaller than this, only a notice shows.
    static let minimum = Size(width: 30, height: 8)

    let screen: Rect
    let tooSmall: Bool
    let header: Rect
    let footer: Rect
    /// The library tree, when it shows (its block, border included).
    let tree: Rect?
    /// The tab bar, when the content shows.
    let tabs: Rect?
    /// The selected tab's content (its block, border included), when it shows.
    let content: Rect?

    /// The layout at `size`. The tree takes about three tenths of a wide screen, more — up to
    /// what leaves the content 76 columns — when its widest row, `treeRowWidth` columns, needs it.
    init(size: Size, narrowShowsContent: Bool, treeRowWidth: Int = 0) {
        screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        footer = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        if size.width >= Self.twoPaneWidth {
            let standard = min(40, max(26, size.width * 3 / 10))
            let treeWidth = min(max(standard, size.width - 76), max(standard, treeRowWidth + 2))
            let parts = Layout(.horizontal, [.fixed(treeWidth), .fill(1)]).split(body)
            tree = parts[0]
            (tabs, content) = Self.splitTabs(parts[1])
        } else if narrowShowsContent {
            tree = nil
            (tabs, content) = Self.splitTabs(body)
        } else {
            tree = body
            tabs = nil
            content = nil
        }
    }

    private static func splitTabs(_ area: Rect) -> (Rect, Rect) {
        let parts = Layout(.vertical, [.fixed(1), .fill(1)]).split(area)
        return (parts[0], parts[1])
    }

    /// Rows a table filling the content pane shows below its heading (1 when there is no content
    /// pane), the arithmetic the tables themselves use (`Table.rowsArea(in:)`).
    var contentTableRows: Int { max(1, Self.tableRows(in: content)) }

    /// Rows the library tree shows (1 when it does not show).
    var treeRows: Int { max(1, Self.listRows(in: tree)) }

    /// Rows a table in a pane block over `area` shows below its heading.
    static func tableRows(in area: Rect?) -> Int {
        guard let area else { return 0 }
        return tableRowsArea(in: area).height
    }

    /// Where the rows of a table in a pane block over `area` are drawn.
    static func tableRowsArea(in area: Rect) -> Rect {
        Table(columns: [], rows: [], block: PaneFrame.block("", focused: false)).rowsArea(in: area)
    }

    /// Rows a list in a pane block over `area` shows.
    static func listRows(in area: Rect?) -> Int {
        guard let area else { return 0 }
        return PaneFrame.block("", focused: false).inner(area).height
    }

    /// The help dialog's box on a screen of `size`: up to 72 columns, as tall as its `lineCount`
    /// lines need.
    static func helpFrame(_ size: Size, lineCount: Int) -> Rect {
        let width = max(0, min(size.width - 2, 72))
        let height = max(0, min(size.height - 2, lineCount + 2))
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// How far the help can scroll on a screen of `size`: until its last line is in view.
    static func helpMaximumScroll(_ size: Size, lineCount: Int) -> Int {
        max(0, lineCount - max(0, helpFrame(size, lineCount: lineCount).height - 2))
    }

    /// The tab bar: each tab's number and title, the selected one highlighted (also where a
    /// click lands).
    static func tabBar(_ state: BrowserState) -> Tabs {
        Tabs(titles: Tab.allCases.map { Line("\($0.rawValue + 1) \($0.title(state.language))") },
             selected: state.tab.rawValue, highlightStyle: state.focus == .content ? Theme.selected.bold() : Theme.heading.underline())
    }

    /// The centred box the search and detail overlays draw in: most of the screen, or — when
    /// `contentHeight` (rows inside it) is given — no taller than that.
    static func overlayFrame(in screen: Rect, maxWidth: Int = 100, contentHeight: Int? = nil) -> Rect {
        let width = min(screen.width - 2, maxWidth)
        let height = min(max(3, screen.height - 4), contentHeight.map { max(3, $0 + 2) } ?? Int.max)
        return Rect(x: max(0, (screen.width - width) / 2), y: min(2, max(0, screen.height - height)), width: max(0, width), height: height)
    }

    /// The narrowest a column of people's names may be squeezed: in English room for
    /// `Zhang Qingwen 张庆文`, so that the original beside the English name is not the part cut.
    static func nameColumnMinimum(_ language: Language) -> Int {
        language == .english ? 20 : 4
    }

    /// Rows of results a search overlay on a screen of `size` shows (below its input line).
    static func searchResultRows(_ size: Size) -> Int {
        max(0, overlayFrame(in: Rect(x: 0, y: 0, width: size.width, height: size.height)).height - 2 - 2)
    }
}
