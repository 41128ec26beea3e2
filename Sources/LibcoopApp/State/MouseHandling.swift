import LibcoopRender

/// Clicks select (a library, a tab, a row) and the wheel scrolls the list under the pointer.
enum MouseHandling {
    static func handle(_ mouse: MouseEvent, in state: inout BrowserState) {
        guard state.overlay == nil else {
            if case .press(.left) = mouse.action, case .help = state.overlay { state.overlay = nil }
            return
        }
        let layout = Browser.layout(state)
        let point = mouse.position
        let step: Int
        switch mouse.action {
        case .scrollDown: step = 3
        case .scrollUp: step = -3
        case .press(.left): step = 0
        default: return
        }
        if let tree = layout.tree, tree.contains(point) {
            state.focus = .libraries
            let before = state.selectedLibraryPosition
            let rows = state.data.tree.rows.count
            if step == 0 {
                if let row = state.tree.index(forRow: point.y - tree.y - 1, count: rows) { state.tree.selected = row }
            } else {
                state.tree.select((state.tree.selected ?? 0) + step, count: rows)
            }
            if state.selectedLibraryPosition != before { Links.resetPanes(&state) }
        } else if let tabs = layout.tabs, tabs.contains(point), step == 0 {
            let bar = BrowserLayout.tabBar(state)
            if let hit = bar.tabRanges(width: tabs.width).first(where: { $0.columns.contains(point.x - tabs.x) }) {
                state.tab = Tab(rawValue: hit.index) ?? state.tab
                state.focus = .content
            }
        } else if let content = layout.content, content.contains(point) {
            state.focus = .content
            if state.tab == .floors { FloorsTab.pointer(at: point, click: step == 0, content: content, in: &state) }
            let key = KeyEvent(step > 0 ? .down : .up)
            for _ in 0..<abs(step) { _ = BrowserKeys.handle(key, in: &state) }
            if step == 0, state.tab == .staff {
                let row = point.y - BrowserLayout.tableRowsArea(in: content).y
                if let index = state.staff.table.index(forRow: row, count: state.selectedLibraryStaff.count) { state.staff.table.selected = index }
            }
        }
    }
}
