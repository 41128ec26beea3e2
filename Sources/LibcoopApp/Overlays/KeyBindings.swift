import LibcoopRender

/// Every key the browser knows, grouped as the help overlay lists them and as the status bar
/// draws from them.
enum KeyBindings {
    struct Group {
        var title: String
        var keys: [(key: String, action: String)]
    }

    static func groups(_ language: Language) -> [Group] {
        [
            Group(title: language.pick("移动", "Moving"), keys: [
                ("↑ ↓  j k", language.pick("上下移动", "up and down")),
                ("← →  h l", language.pick("在窗格间移动", "between panes")),
                ("Tab  Shift-Tab", language.pick("切换窗格", "next / previous pane")),
                ("g G  Home End", language.pick("第一项 / 最后一项", "first / last")),
                ("PgUp PgDn", language.pick("翻页", "page up / down")),
                ("1–5", language.pick("概况、楼层、人员、项目、联动", "Overview, Floors, Staff, Programs, Linkage")),
            ]),
            Group(title: language.pick("打开与返回", "Opening and going back"), keys: [
                ("Enter", language.pick("打开：楼层、人员、项目、事件；跟随链接", "open a floor, person, program or event; follow a link")),
                ("Esc", language.pick("关闭 / 返回上一层", "close / go up")),
                ("Backspace  [", language.pick("后退", "back")),
                ("]", language.pick("前进", "forward")),
            ]),
            Group(title: language.pick("搜索", "Search"), keys: [
                ("/", language.pick("按姓名搜索人员（汉字、拼音、首字母、繁体）", "find staff by name (hanzi, pinyin, initials, Traditional)")),
                ("n N", language.pick("上一次搜索的下一个 / 上一个结果", "next / previous result of the last search")),
                (":  Ctrl-P", language.pick("搜索所有记录", "search every record")),
            ]),
            Group(title: language.pick("其他", "Other"), keys: [
                ("y", language.pick("联动：按年份筛选", "Linkage: filter by year")),
                ("L", language.pick("切换中文 / English", "switch English / 中文")),
                ("r", language.pick("重新载入数据", "reload the data")),
                ("?", language.pick("本帮助", "this help")),
                ("q", language.pick("退出", "quit")),
            ]),
        ]
    }

    /// The help overlay's lines.
    static func helpLines(_ language: Language) -> [Line] {
        var lines: [Line] = []
        for group in groups(language) {
            if !lines.isEmpty { lines.append(.empty) }
            lines.append(Line(group.title, style: Theme.heading))
            for (key, action) in group.keys {
                lines.append(Line([Span("  " + key.padded(toWidth: 16), style: Theme.accent), Span(action)]))
            }
        }
        return lines
    }
}
