import LibcoopRender

/// The movement keys every list shares: arrows and `j`/`k`, `g`/`G`, Home/End, PgUp/PgDn.
enum ListMotion {
    /// Moves `selection` for `key` among `count` items, a page being `page` items; returns false
    /// when `key` is not a movement key.
    static func apply(_ key: KeyEvent, to selection: inout SelectionState, count: Int, page: Int) -> Bool {
        guard key.modifiers.isDisjoint(with: [.control, .alt]) else { return false }
        switch key.key {
        case .down, .character("j"): selection.selectNext(count: count)
        case .up, .character("k"): selection.selectPrevious(count: count)
        case .home, .character("g"): selection.selectFirst(count: count)
        case .end, .character("G"): selection.selectLast(count: count)
        case .pageDown: selection.pageDown(count: count, pageSize: page)
        case .pageUp: selection.pageUp(count: count, pageSize: page)
        default: return false
        }
        return true
    }
}
