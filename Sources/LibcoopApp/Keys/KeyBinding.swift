import LibcoopRender

/// One row of the key table: the keys as help writes them, the key events they match and the
/// command each sends, the help text, and the footer hint when the footer shows one. Dispatch,
/// the `?` help and the footer all read these rows, so they cannot disagree.
struct KeyBinding {
    /// Where a binding is listed in the help.
    enum Group: CaseIterable {
        case moving, opening, search, other

        func title(_ language: Language) -> String {
            switch self {
            case .moving: language.pick("移动", "Moving")
            case .opening: language.pick("打开与返回", "Opening and going back")
            case .search: language.pick("搜索", "Search")
            case .other: language.pick("其他", "Other")
            }
        }
    }

    /// Where a binding's hint goes in the footer, left to right, and when it shows.
    enum HintSlot: Int, Comparable {
        /// First, always.
        case motion
        /// After the motion; the tree's when the tree has the keys, else the tab's.
        case open
        /// The tab's own keys, while the tab has the keys.
        case tabKeys
        /// While the tab has the keys.
        case leave
        /// Last, always.
        case global

        static func < (lhs: HintSlot, rhs: HintSlot) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The keys as the help lists them (`↑ ↓  j k`).
    var keys: String
    /// Each key event this row matches (without Shift) and the command it sends.
    var commands: [(key: KeyEvent, command: BrowserCommand)]
    var group: Group
    var help: String
    var hint: (slot: HintSlot, hint: KeyHint)?

    init(_ keys: String, _ commands: [(key: KeyEvent, command: BrowserCommand)], group: Group, help: String,
         hint: (slot: HintSlot, hint: KeyHint)? = nil) {
        self.keys = keys
        self.commands = commands
        self.group = group
        self.help = help
        self.hint = hint
    }

    /// A row whose keys all send `command`.
    init(_ keys: String, _ events: [KeyEvent], _ command: BrowserCommand, group: Group, help: String,
         hint: (slot: HintSlot, hint: KeyHint)? = nil) {
        self.init(keys, events.map { ($0, command) }, group: group, help: help, hint: hint)
    }

    /// The command this row sends for `key`, if it lists it.
    func command(for key: KeyEvent) -> BrowserCommand? {
        commands.first { $0.key == key }?.command
    }
}
