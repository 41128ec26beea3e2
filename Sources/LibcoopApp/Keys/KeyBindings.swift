import LibcoopRender

/// The browser's key table: the keys every place shares, and each tab's own (from its
/// component). Key dispatch looks keys up here; the help overlay lists exactly these rows, and
/// the footer hint bar draws their hints.
enum KeyBindings {
    /// The keys that work whatever tab is selected, built once per language and glyph set (every
    /// key press and every frame's footer read them).
    static func global(_ language: Language) -> [KeyBinding] {
        switch (language, Glyphs.current == .ascii) {
        case (.chinese, false): chinese
        case (.english, false): english
        case (.chinese, true): chineseASCII
        case (.english, true): englishASCII
        }
    }

    private static let chinese = table(.chinese, glyphs: .unicode)
    private static let english = table(.english, glyphs: .unicode)
    private static let chineseASCII = table(.chinese, glyphs: .ascii)
    private static let englishASCII = table(.english, glyphs: .ascii)

    /// The shared rows in `language`, arrow keys named with `glyphs`. The tab keys `1`…`N` come
    /// from `Tab.allCases`.
    private static func table(_ language: Language, glyphs: Glyphs) -> [KeyBinding] {
        let tabs = Tab.allCases
        let character = { (text: String) in KeyEvent(.character(Character(text))) }
        return [
            KeyBinding("\(glyphs.up) \(glyphs.down)  j k", [(KeyEvent(.down), .move(.next)), (character("j"), .move(.next)),
                                    (KeyEvent(.up), .move(.previous)), (character("k"), .move(.previous))],
                       group: .moving, help: language.pick("上下移动", "up and down"),
                       hint: (.motion, KeyHint(glyphs.upDown, language.pick("移动", "move")))),
            KeyBinding("\(glyphs.left) \(glyphs.right)  h l", [(KeyEvent(.left), .left), (character("h"), .left), (KeyEvent(.right), .right), (character("l"), .right)],
                       group: .moving, help: language.pick("在窗格间移动", "between panes")),
            KeyBinding("Tab  Shift-Tab", [KeyEvent(.tab), KeyEvent(.backTab)], .switchPane,
                       group: .moving, help: language.pick("切换窗格", "next / previous pane")),
            KeyBinding("g G  Home End", [(character("g"), .move(.first)), (character("G"), .move(.last)),
                                         (KeyEvent(.home), .move(.first)), (KeyEvent(.end), .move(.last))],
                       group: .moving, help: language.pick("第一项 / 最后一项", "first / last")),
            KeyBinding("PgUp PgDn", [(KeyEvent(.pageUp), .move(.pageUp)), (KeyEvent(.pageDown), .move(.pageDown))],
                       group: .moving, help: language.pick("翻页", "page up / down")),
            KeyBinding("1\(glyphs.rangeDash)\(tabs.count)", tabs.map { (character("\($0.rawValue + 1)"), .showTab($0)) },
                       group: .moving, help: tabs.map { $0.title(language) }.joined(separator: language.pick("、", ", ")),
                       hint: (.global, KeyHint("1-\(tabs.count)", language.pick("标签", "tabs")))),
            KeyBinding("Enter", [KeyEvent(.enter)], .open, group: .opening,
                       help: language.pick("打开：楼层、空间、人员、项目、事件；跟随链接", "open a floor, space, person, program or event; follow a link"),
                       hint: (.open, KeyHint("Enter", language.pick("打开", "open")))),
            KeyBinding("Esc", [KeyEvent(.escape)], .escape, group: .opening, help: language.pick("关闭 / 返回上一层", "close / go up"),
                       hint: (.leave, KeyHint("Esc", language.pick("返回", "back")))),
            KeyBinding("Backspace  [", [KeyEvent(.backspace), character("[")], .back, group: .opening, help: language.pick("后退", "back")),
            KeyBinding("]", [character("]")], .forward, group: .opening, help: language.pick("前进", "forward")),
            KeyBinding("/", [character("/")], .findStaff, group: .search,
                       help: language.pick("按姓名搜索人员（汉字、拼音、首字母、繁体）", "find staff by name (hanzi, pinyin, initials, Traditional)"),
                       hint: (.global, KeyHint("/", language.pick("找人", "find staff")))),
            KeyBinding("n N", [(character("n"), .stepLastSearch(1)), (character("N"), .stepLastSearch(-1))], group: .search,
                       help: language.pick("上一次搜索的下一个 / 上一个结果", "next / previous result of the last search")),
            KeyBinding(":  Ctrl-P", [character(":"), .control("p")], .searchRecords, group: .search,
                       help: language.pick("搜索所有记录", "search every record"),
                       hint: (.global, KeyHint(":", language.pick("搜索", "search")))),
            KeyBinding("L", [character("L")], .toggleLanguage, group: .other, help: language.pick("切换中文 / English", "switch English / 中文"),
                       hint: (.global, KeyHint("L", language == .chinese ? "English" : "中文"))),
            KeyBinding("x", [character("x")], .export, group: .other,
                       help: language.pick("导出当前表格（CSV、Markdown、xlsx）", "export the table shown (CSV, Markdown, xlsx)")),
            KeyBinding("r", [character("r")], .reload, group: .other, help: language.pick("重新载入数据", "reload the data")),
            KeyBinding("p", [character("p")], .showProblems, group: .other, help: language.pick("列出重新载入发现的问题", "list the problems the reload found")),
            KeyBinding("?", [character("?"), KeyEvent(.function(1))], .help, group: .other, help: language.pick("本帮助", "this help"),
                       hint: (.global, KeyHint("?", language.pick("帮助", "help")))),
            KeyBinding("q", [character("q")], .quit, group: .other, help: language.pick("退出", "quit"),
                       hint: (.global, KeyHint("q", language.pick("退出", "quit")))),
            KeyBinding("e", [character("e")], .editRecord, group: .other,
                       help: language.pick("在编辑器中修改所选记录（$VISUAL / $EDITOR）", "edit the selected record in $VISUAL / $EDITOR"),
                       hint: (.global, KeyHint("e", language.pick("编辑", "edit")))),
            KeyBinding("a", [character("a")], .addRecord, group: .other,
                       help: language.pick("添加一条本标签的记录：图书馆、人员、项目、事件", "add a record of the tab's kind: library, person, program, event"),
                       hint: (.global, KeyHint("a", language.pick("添加", "add")))),
            KeyBinding("D", [character("D")], .removeRecord, group: .other,
                       help: language.pick("删除所选记录（先确认；有其他记录引用时拒绝）", "remove the selected record (asks first; refused while others refer to it)"),
                       hint: (.global, KeyHint("D", language.pick("删除", "remove")))),
        ]
    }

    /// The help's rows, group by group: in each group the tabs' own keys (in tab order), then
    /// the shared ones.
    static func helpGroups(_ language: Language) -> [(group: KeyBinding.Group, bindings: [KeyBinding])] {
        let shared = global(language)
        let tabs = Tab.allCases.flatMap { $0.keyBindings(language) }
        return KeyBinding.Group.allCases.map { group in
            (group, tabs.filter { $0.group == group } + shared.filter { $0.group == group })
        }.filter { !$0.bindings.isEmpty }
    }

    /// How many lines the help has: a title per group, a line per row, a blank between groups.
    static func helpLineCount(_ language: Language) -> Int {
        let groups = helpGroups(language)
        return groups.reduce(0) { $0 + 1 + $1.bindings.count } + max(0, groups.count - 1)
    }

    /// The command `key` sends with no overlay open: a shared key, or — while the tab has the
    /// keys — one of the selected tab's own. Shift is ignored (it is how `?` and `G` are typed).
    static func command(for key: KeyEvent, in state: BrowserState) -> BrowserCommand? {
        let lookup = key.modifiers.isDisjoint(with: [.control, .alt]) ? KeyEvent(key.key) : key
        for binding in global(state.language) {
            if let command = binding.command(for: lookup) { return command }
        }
        guard state.focus == .content else { return nil }
        for binding in state.tab.keyBindings(state.language) {
            if let command = binding.command(for: lookup) { return command }
        }
        return nil
    }

    /// The footer's hints for the browser with no overlay open, in slot order: motion (unless the
    /// tab has nothing to move through), Enter (the tree's, or the tab's where it does something),
    /// the tab's own keys, Esc while the tab has the keys, then the rest.
    static func hints(_ state: BrowserState) -> [KeyHint] {
        let language = state.language
        var hints: [(slot: KeyBinding.HintSlot, hint: KeyHint)] = []
        for binding in global(language) {
            guard let hint = binding.hint else { continue }
            switch hint.slot {
            case .global: hints.append(hint)
            case .motion: if state.focus == .libraries || state.tab.canMove(in: state) { hints.append(hint) }
            case .open: if state.focus == .libraries { hints.append(hint) }
            case .leave, .tabKeys: if state.focus == .content { hints.append(hint) }
            }
        }
        if state.focus == .content {
            if let open = state.tab.openHint(in: state) { hints.append((.open, KeyHint("Enter", open))) }
            hints += state.tab.keyBindings(language).compactMap(\.hint)
        }
        return hints.enumerated().sorted { ($0.element.slot, $0.offset) < ($1.element.slot, $1.offset) }.map(\.element.hint)
    }
}
