import LibcoopRender

/// The pages of the gallery.
enum GalleryTab: Int, CaseIterable {
    case libraries, records, article, input

    var title: String {
        switch self {
        case .libraries: "图书馆"
        case .records: "合作记录"
        case .article: "说明"
        case .input: "输入"
        }
    }
}

/// Everything the gallery shows; changed only by `update`.
struct GalleryState {
    var tab: GalleryTab = .libraries
    var libraries = ListState(selected: 0)
    var records = TableState(selected: 0)
    var articleScroll = 0
    var input = TextInputState()
    var showsHelp = false
    var lastEvent = "—"
    var size: Size
    var quit = false
    var crashKeyEnabled = false

    /// The smallest screen the layout works at.
    static let minimumSize = Size(width: 30, height: 8)

    init(size: Size) {
        self.size = size
    }

    /// Applies one event.
    mutating func update(_ event: InputEvent, layout: GalleryLayout) {
        lastEvent = GalleryState.describe(event)
        switch event {
        case .resize(let newSize):
            size = newSize
        case .key(let key):
            handle(key, layout: layout)
        case .mouse(let mouse):
            handle(mouse, layout: layout)
        }
    }

    private mutating func handle(_ key: KeyEvent, layout: GalleryLayout) {
        if key.key == .function(12), crashKeyEnabled {
            fatalError("crash requested with F12 (--crash-key)")
        }
        if showsHelp {
            if key.key == .escape || key.key == .enter || key.character == "?" || key.key == .function(1) {
                showsHelp = false
            }
            return
        }
        switch key.key {
        case .function(10): quit = true; return
        case .function(1): showsHelp = true; return
        case .tab: selectTab(tab.rawValue + 1); return
        case .backTab: selectTab(tab.rawValue - 1); return
        default: break
        }
        if tab == .input {
            if key.key == .escape { input.setText("") } else { input.handle(key) }
            return
        }
        switch key.character {
        case "q": quit = true; return
        case "?": showsHelp = true; return
        case "1", "2", "3", "4": selectTab(Int(String(key.character!))! - 1); return
        default: break
        }
        let page = max(1, layout.bodyRows - 3)
        switch tab {
        case .libraries: move(&libraries, key, count: GallerySamples.libraries.count, page: page)
        case .records: move(&records, key, count: GallerySamples.records.count, page: page)
        case .article:
            switch key.key {
            case .down: articleScroll += 1
            case .up: articleScroll = max(0, articleScroll - 1)
            case .pageDown: articleScroll += page
            case .pageUp: articleScroll = max(0, articleScroll - page)
            case .home: articleScroll = 0
            default: break
            }
            articleScroll = min(articleScroll, layout.articleMaxScroll)
        case .input: break
        }
    }

    private func move(_ selection: inout SelectionState, _ key: KeyEvent, count: Int, page: Int) {
        switch key.key {
        case .down: selection.selectNext(count: count)
        case .up: selection.selectPrevious(count: count)
        case .pageDown: selection.pageDown(count: count, pageSize: page)
        case .pageUp: selection.pageUp(count: count, pageSize: page)
        case .home: selection.selectFirst(count: count)
        case .end: selection.selectLast(count: count)
        default: break
        }
    }

    private mutating func selectTab(_ index: Int) {
        let count = GalleryTab.allCases.count
        tab = GalleryTab(rawValue: (index % count + count) % count)!
    }

    private mutating func handle(_ mouse: MouseEvent, layout: GalleryLayout) {
        if showsHelp {
            if case .press = mouse.action { showsHelp = false }
            return
        }
        switch mouse.action {
        case .press(.left):
            if mouse.position.y == layout.tabs.y {
                let column = mouse.position.x - layout.tabs.x
                if let hit = layout.tabRanges.first(where: { $0.columns.contains(column) }) { selectTab(hit.index) }
            } else if tab == .libraries, layout.listItems.contains(mouse.position) {
                if let index = libraries.index(forRow: mouse.position.y - layout.listItems.y,
                                               count: GallerySamples.libraries.count) {
                    libraries.select(index, count: GallerySamples.libraries.count)
                }
            } else if tab == .records, layout.tableRows.contains(mouse.position) {
                if let index = records.index(forRow: mouse.position.y - layout.tableRows.y,
                                             count: GallerySamples.records.count) {
                    records.select(index, count: GallerySamples.records.count)
                }
            }
        case .scrollDown, .scrollUp:
            let step = mouse.action == .scrollDown ? 3 : -3
            switch tab {
            case .libraries:
                libraries.scroll(by: step, count: GallerySamples.libraries.count, visibleRows: layout.listItems.height)
                if let selected = libraries.selected, selected < libraries.offset || selected >= libraries.offset + layout.listItems.height {
                    libraries.select(step > 0 ? libraries.offset : libraries.offset + layout.listItems.height - 1,
                                     count: GallerySamples.libraries.count)
                }
            case .records:
                if step > 0 { records.pageDown(count: GallerySamples.records.count, pageSize: 3) } else {
                    records.pageUp(count: GallerySamples.records.count, pageSize: 3)
                }
            case .article:
                articleScroll = min(max(0, articleScroll + step), layout.articleMaxScroll)
            case .input: break
            }
        default: break
        }
    }

    /// A short description of an event for the status line (also read by the tmux tests).
    static func describe(_ event: InputEvent) -> String {
        switch event {
        case .key(let key): return "按键 " + key.description
        case .resize(let size): return "尺寸 \(size)"
        case .mouse(let mouse):
            let action: String
            switch mouse.action {
            case .press(let button): action = "按下 \(button)"
            case .release(let button): action = "松开 \(button)"
            case .scrollUp: action = "滚轮上"
            case .scrollDown: action = "滚轮下"
            }
            return "鼠标 \(action) (\(mouse.position.x),\(mouse.position.y))"
        }
    }
}
