import LibcoopRender

/// What a key asks of an open overlay.
enum OverlayCommand: Sendable, Hashable {
    case close
    /// Enter: go to the selected result or follow the selected link.
    case follow
    case move(ListMotion)
    /// The help's lines, by this many.
    case scroll(Int)
    /// `e`: the record the detail shows, in the user's editor.
    case edit
    /// `D`: remove the record the detail shows (checked, then asked, as from a tab).
    case remove
    /// Backspace or `[` in a detail overlay: the place before it in history (another overlay,
    /// or the tab it was opened from).
    case back
    /// `]`: forward again.
    case forward
}

/// The key table of the overlays, one list per kind of overlay: it drives their dispatch and the
/// footer's hints while they are open. Keys a search overlay does not list are typed into its
/// query.
enum OverlayBindings {
    /// One row: the key events and the command each sends, and the footer hint if any.
    struct Binding {
        var commands: [(key: KeyEvent, command: OverlayCommand)]
        var hint: KeyHint?
    }

    /// `canGoBack`: whether history has a place to go back to, for the footer's Backspace hint.
    static func bindings(for overlay: Overlay, _ language: Language, canGoBack: Bool = false) -> [Binding] {
        let close = language.pick("关闭", "close")
        let choose = language.pick("选择", "choose")
        switch overlay {
        case .help:
            return [
                Binding(commands: [KeyEvent(.escape), .character("?"), .character("q"), KeyEvent(.enter)].map { ($0, .close) },
                        hint: KeyHint("Esc", close)),
                Binding(commands: [(KeyEvent(.down), .scroll(1)), (.character("j"), .scroll(1)),
                                   (KeyEvent(.up), .scroll(-1)), (.character("k"), .scroll(-1))]
                            + pagingMotions.map { (key: $0.0, command: OverlayCommand.move($0.1)) },
                        hint: KeyHint(Glyphs.current.upDown, language.pick("滚动", "scroll"))),
            ]
        case .staffSearch, .recordSearch:
            var moves: [(key: KeyEvent, command: OverlayCommand)] = [
                (KeyEvent(.down), .move(.next)), (KeyEvent(.up), .move(.previous)),
                (KeyEvent(.pageDown), .move(.pageDown)), (KeyEvent(.pageUp), .move(.pageUp)),
            ]
            if case .staffSearch = overlay { moves += [(.control("n"), .move(.next)), (.control("p"), .move(.previous))] }
            return [
                Binding(commands: [(KeyEvent(.enter), .follow)], hint: KeyHint("Enter", language.pick("前往", "go"))),
                Binding(commands: moves, hint: KeyHint(Glyphs.current.upDown, choose)),
                Binding(commands: [(KeyEvent(.escape), .close)], hint: KeyHint("Esc", close)),
            ]
        case .problems:
            return [
                Binding(commands: [(KeyEvent(.down), .move(.next)), (.character("j"), .move(.next)),
                                   (KeyEvent(.up), .move(.previous)), (.character("k"), .move(.previous))]
                            + pagingMotions.map { (key: $0.0, command: OverlayCommand.move($0.1)) },
                        hint: KeyHint(Glyphs.current.upDown, language.pick("滚动", "scroll"))),
                Binding(commands: [(KeyEvent(.escape), .close), (.character("q"), .close), (.character("p"), .close)], hint: KeyHint("Esc", close)),
            ]
        case .person, .entry, .program, .room, .organization, .document:
            let motions: [(KeyEvent, ListMotion)] = [
                (KeyEvent(.down), .next), (.character("j"), .next), (KeyEvent(.up), .previous), (.character("k"), .previous),
            ] + pagingMotions
            let moves = motions.map { (key: $0.0, command: OverlayCommand.move($0.1)) }
            return [
                // With no link selected (none, or none in view), Enter does nothing here, and with
                // no links the arrows do not choose: the footer does not offer them.
                Binding(commands: [(KeyEvent(.enter), .follow)],
                        hint: overlay.detailSelection?.selected == nil || overlay.links.isEmpty ? nil : KeyHint("Enter", language.pick("打开链接", "follow link"))),
                Binding(commands: moves, hint: overlay.links.isEmpty ? nil : KeyHint(Glyphs.current.upDown, choose)),
                Binding(commands: [(KeyEvent(.escape), .close), (.character("q"), .close)], hint: KeyHint("Esc", close)),
                Binding(commands: [(KeyEvent(.backspace), .back), (.character("["), .back), (.character("]"), .forward)],
                        hint: canGoBack ? KeyHint("Bksp", language.pick("后退", "back")) : nil),
                Binding(commands: [(.character("e"), .edit)], hint: KeyHint("e", language.pick("编辑", "edit"))),
                Binding(commands: [(.character("D"), .remove)], hint: KeyHint("D", language.pick("删除", "remove"))),
            ]
        }
    }

    /// The keys that move by more than a line, as in every list: `g`/Home and `G`/End, PgUp/PgDn.
    private static let pagingMotions: [(KeyEvent, ListMotion)] = [
        (KeyEvent(.home), .first), (.character("g"), .first), (KeyEvent(.end), .last), (.character("G"), .last),
        (KeyEvent(.pageDown), .pageDown), (KeyEvent(.pageUp), .pageUp),
    ]

    /// The command `key` sends to `overlay`, if its table lists the key. Shift is ignored.
    static func command(for key: KeyEvent, in overlay: Overlay) -> OverlayCommand? {
        var lookup = key
        lookup.modifiers.remove(.shift)
        for binding in bindings(for: overlay, .english) {
            if let command = binding.commands.first(where: { $0.key == lookup })?.command { return command }
        }
        return nil
    }

    /// The footer's hints while `overlay` is open.
    static func hints(for overlay: Overlay, _ language: Language, canGoBack: Bool = false) -> [KeyHint] {
        bindings(for: overlay, language, canGoBack: canGoBack).compactMap(\.hint)
    }
}
