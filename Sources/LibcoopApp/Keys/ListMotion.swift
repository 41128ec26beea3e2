import LibcoopRender

/// The movement every list shares (arrows and `j`/`k`, `g`/`G`, Home/End, PgUp/PgDn in the key
/// table), applied to a selection.
enum ListMotion: Sendable, Hashable {
    case next, previous, first, last, pageDown, pageUp

    /// The motion a movement key asks for; nil for any other key. Overlays, which take typed text
    /// and have no key table, read their arrows with it.
    init?(_ key: KeyEvent) {
        guard key.modifiers.isDisjoint(with: [.control, .alt]) else { return nil }
        switch key.key {
        case .down, .character("j"): self = .next
        case .up, .character("k"): self = .previous
        case .home, .character("g"): self = .first
        case .end, .character("G"): self = .last
        case .pageDown: self = .pageDown
        case .pageUp: self = .pageUp
        default: return nil
        }
    }

    /// Moves `selection` among `count` items, a page being `page` items.
    func apply(to selection: inout SelectionState, count: Int, page: Int) {
        switch self {
        case .next: selection.selectNext(count: count)
        case .previous: selection.selectPrevious(count: count)
        case .first: selection.selectFirst(count: count)
        case .last: selection.selectLast(count: count)
        case .pageDown: selection.pageDown(count: count, pageSize: page)
        case .pageUp: selection.pageUp(count: count, pageSize: page)
        }
    }

    /// Moves `selection` for `key`; returns false when `key` is not a movement key.
    static func apply(_ key: KeyEvent, to selection: inout SelectionState, count: Int, page: Int) -> Bool {
        guard let motion = ListMotion(key) else { return false }
        motion.apply(to: &selection, count: count, page: page)
        return true
    }
}
