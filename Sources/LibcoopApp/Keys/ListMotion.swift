import LibcoopRender

/// The movement every list shares (arrows and `j`/`k`, `g`/`G`, Home/End, PgUp/PgDn in the key
/// tables), applied to a selection.
enum ListMotion: Sendable, Hashable {
    case next, previous, first, last, pageDown, pageUp

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
}
