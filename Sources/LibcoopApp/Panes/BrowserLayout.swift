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

    init(size: Size, narrowShowsContent: Bool) {
        screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        tooSmall = size.width < Self.minimum.width || size.height < Self.minimum.height
        header = Rect(x: 0, y: 0, width: size.width, height: 1)
        footer = Rect(x: 0, y: max(0, size.height - 1), width: size.width, height: 1)
        let body = Rect(x: 0, y: 1, width: size.width, height: max(0, size.height - 2))
        if size.width >= Self.twoPaneWidth {
            let treeWidth = min(40, max(26, size.width * 3 / 10))
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

    /// Rows a list inside the bordered `area` can show, less `headerRows` (a table's heading).
    static func visibleRows(in area: Rect?, headerRows: Int = 0) -> Int {
        guard let area else { return 0 }
        return max(0, area.height - 2 - headerRows)
    }
}
