import LibcoopRender

/// Where everything goes on a screen of a given size, computed once per frame and shared by the
/// view and by mouse handling.
struct GalleryLayout {
    var screen: Rect
    var tabs: Rect
    var body: Rect
    var status: Rect
    var hints: Rect
    var tabRanges: [(index: Int, columns: Range<Int>)] = []
    var listItems = Rect.zero
    var tableRows = Rect.zero
    var articleMaxScroll = 0

    var bodyRows: Int { body.height }

    init(size: Size, state: GalleryState) {
        screen = Rect(size: size)
        let rows = Layout(.vertical, [.fixed(1), .fill(1), .fixed(1), .fixed(1)]).split(screen)
        (tabs, body, status, hints) = (rows[0], rows[1], rows[2], rows[3])
        tabRanges = GalleryView.tabBar(state).tabRanges(width: tabs.width)
        let columns = GalleryView.libraryColumns(body)
        listItems = GalleryView.libraryList(state).itemsArea(in: columns[0])
        tableRows = GalleryView.recordTable().rowsArea(in: body)
        let article = GalleryView.article(scroll: 0)
        let inner = Block().inner(body)
        articleMaxScroll = max(0, article.lineCount(width: max(1, inner.width - 1)) - inner.height)
    }
}

/// Draws the gallery: a function of the state only.
enum GalleryView {
    static func render(_ state: inout GalleryState, layout: GalleryLayout, into grid: inout Grid) {
        guard grid.area.size.contains(GalleryState.minimumSize) else {
            grid.render(TerminalTooSmall(required: GalleryState.minimumSize, actual: grid.area.size))
            return
        }
        grid.render(tabBar(state), in: layout.tabs)
        switch state.tab {
        case .libraries: renderLibraries(&state, in: layout.body, into: &grid)
        case .records: renderRecords(&state, in: layout.body, into: &grid)
        case .article: renderArticle(state, in: layout.body, into: &grid)
        case .input: renderInput(&state, in: layout.body, into: &grid)
        }
        let status = "\(state.lastEvent)  |  \(grid.area.size.width)×\(grid.area.size.height)"
        grid.render(Paragraph(status, style: Style().foreground(.cyan), wraps: false), in: layout.status)
        grid.render(KeyHintBar(hints: [
            KeyHint("Tab", "切换"), KeyHint("↑↓", "选择"), KeyHint("?", "帮助"), KeyHint("q", "退出"),
        ], style: Style().background(.indexed(236)), keyStyle: Style().foreground(.black).background(.cyan)),
            in: layout.hints)
        if state.showsHelp {
            grid.cursor = nil
            grid.render(Modal(title: "帮助 Help", lines: [
                "Tab / Shift-Tab：切换页面", "↑ ↓ PgUp PgDn Home End：移动", "鼠标：点击选择，滚轮滚动",
                "q 或 F10：退出；Ctrl-Z：挂起", "",
                Line([Span("小提示：", style: Style().bold()), Span("窄终端里文字会自动换行，行首不会出现“，。”等标点。")]),
            ], hints: [KeyHint("Esc", "关闭")], preferredWidth: 44))
        }
    }

    static func tabBar(_ state: GalleryState) -> Tabs {
        Tabs(titles: GalleryTab.allCases.map { Line("\($0.rawValue + 1) \($0.title)") }, selected: state.tab.rawValue,
             highlightStyle: Style().foreground(.black).background(.yellow).bold())
    }

    static func libraryColumns(_ body: Rect) -> [Rect] {
        Layout(.horizontal, [.percentage(50), .fill(1)]).split(body)
    }

    static func libraryList(_ state: GalleryState) -> ListView {
        ListView(items: GallerySamples.libraries.map { ListItem($0) },
                 block: Block(title: Line("分馆列表 (\(GallerySamples.libraries.count))"), borderType: .rounded),
                 highlightStyle: Style().foreground(.black).background(.green), highlightSymbol: "> ")
    }

    static func renderLibraries(_ state: inout GalleryState, in body: Rect, into grid: inout Grid) {
        let columns = libraryColumns(body)
        let list = libraryList(state)
        grid.render(list, in: columns[0], state: &state.libraries)
        let items = list.itemsArea(in: columns[0])
        grid.render(Scrollbar(contentLength: GallerySamples.libraries.count, viewportLength: items.height,
                              position: state.libraries.offset),
                    in: Rect(x: columns[0].right - 1, y: items.y, width: 1, height: items.height))
        let name = state.libraries.selected.map { GallerySamples.libraries[$0] } ?? "—"
        let detail = Paragraph(lines: [
            Line([Span("名称：", style: Style().bold()), Span(name)]),
            Line("宽度：\(TerminalText.sanitized(name).displayWidth) 列，\(name.count) 个字符"),
            "",
            "说明：市馆与分馆之间的合作记录，包括通借通还、联合编目和阅读推广活动。",
        ], block: Block(title: "详情"))
        grid.render(detail, in: columns[1])
    }

    static func recordTable() -> Table {
        Table(columns: [
            TableColumn("日期", width: .fixed(10)),
            TableColumn("分馆", width: .fit(min: 4, max: 14)),
            TableColumn("项目", width: .fill(1)),
            TableColumn("人次", width: .fit(min: 4), alignment: .trailing),
        ], rows: GallerySamples.records.map { TableRow(texts: [$0.date, $0.branch, $0.program, $0.visits]) },
        block: Block(title: "合作记录"), headerStyle: Style().bold().underline(),
        highlightStyle: Style().foreground(.black).background(.green))
    }

    static func renderRecords(_ state: inout GalleryState, in body: Rect, into grid: inout Grid) {
        grid.render(recordTable(), in: body, state: &state.records)
    }

    static func article(scroll: Int) -> Paragraph {
        Paragraph(GallerySamples.article, scroll: scroll)
    }

    static func renderArticle(_ state: GalleryState, in body: Rect, into grid: inout Grid) {
        let block = Block(title: "合作说明")
        grid.render(block, in: body)
        let inner = block.inner(body)
        let text = Rect(x: inner.x, y: inner.y, width: max(0, inner.width - 1), height: inner.height)
        let paragraph = article(scroll: state.articleScroll)
        grid.render(paragraph, in: text)
        grid.render(Scrollbar(contentLength: paragraph.lineCount(width: text.width), viewportLength: text.height,
                              position: state.articleScroll), in: inner)
    }

    static func renderInput(_ state: inout GalleryState, in body: Rect, into grid: inout Grid) {
        let block = Block(title: "输入框")
        grid.render(block, in: body)
        let inner = block.inner(body)
        let rows = Layout(.vertical, [.fixed(1), .fixed(1), .fill(1)]).split(inner)
        grid.render(TextInput(prompt: Line("搜索: ", style: Style().bold()), placeholder: "输入中文或英文…"),
                    in: rows[0], state: &state.input)
        let text = state.input.text
        grid.render(Paragraph(lines: [
            Line("已输入：\(text)"),
            Line("\(text.count) 个字符，\(text.displayWidth) 列，光标在第 \(state.input.cursor) 个字符后"),
        ]), in: rows[2])
    }
}
