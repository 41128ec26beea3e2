/// The selection and scroll position of a `ListView` or `Table`, kept between frames.
///
/// Movement methods take the number of items so they can clamp; rendering adjusts `offset` so
/// the selected item stays visible.
public struct SelectionState: Hashable, Sendable {
    /// The index of the selected item, or nil when nothing is selected.
    public var selected: Int?
    /// The index of the first visible item.
    public var offset: Int

    /// A state with `selected` selected and the view scrolled to the top.
    public init(selected: Int? = nil, offset: Int = 0) {
        self.selected = selected
        self.offset = max(0, offset)
    }

    /// Selects `index`, clamped to `0..<count` (nil when `count` is 0).
    public mutating func select(_ index: Int, count: Int) {
        selected = count > 0 ? min(max(0, index), count - 1) : nil
    }

    /// Moves the selection down by one (selects the first item if none).
    public mutating func selectNext(count: Int) {
        select(selected.map { $0 + 1 } ?? 0, count: count)
    }

    /// Moves the selection up by one (selects the first item if none).
    public mutating func selectPrevious(count: Int) {
        select(selected.map { $0 - 1 } ?? 0, count: count)
    }

    /// Selects the first item.
    public mutating func selectFirst(count: Int) { select(0, count: count) }

    /// Selects the last item.
    public mutating func selectLast(count: Int) { select(count - 1, count: count) }

    /// Moves the selection down by a page of `pageSize` items.
    public mutating func pageDown(count: Int, pageSize: Int) {
        select((selected ?? 0) + max(1, pageSize), count: count)
    }

    /// Moves the selection up by a page of `pageSize` items.
    public mutating func pageUp(count: Int, pageSize: Int) {
        select((selected ?? 0) - max(1, pageSize), count: count)
    }

    /// Scrolls the view by `rows` (negative: up) without moving the selection, as a mouse wheel
    /// does; the next render brings the selection back into view only if it is needed.
    public mutating func scroll(by rows: Int, count: Int, visibleRows: Int) {
        offset = min(max(0, offset + rows), max(0, count - visibleRows))
    }

    /// The item shown on row `row` (0 = first visible row), if there is one; for mouse clicks.
    public func index(forRow row: Int, count: Int) -> Int? {
        let index = offset + row
        return row >= 0 && index < count ? index : nil
    }

    /// Clamps the selection to `count` and scrolls so that it lies within `visibleRows` rows.
    public mutating func keepSelectionVisible(count: Int, visibleRows: Int) {
        if let current = selected {
            selected = count > 0 ? min(max(0, current), count - 1) : nil
        }
        guard visibleRows > 0 else { return }
        offset = min(offset, max(0, count - visibleRows))
        if let selected {
            if selected < offset { offset = selected }
            if selected >= offset + visibleRows { offset = selected - visibleRows + 1 }
        }
        offset = max(0, offset)
    }
}

/// The state of a `ListView`.
public typealias ListState = SelectionState
/// The state of a `Table`.
public typealias TableState = SelectionState
