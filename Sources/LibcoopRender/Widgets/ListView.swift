/// One row of a `ListView`.
public struct ListItem: Hashable, Sendable, ExpressibleByStringLiteral {
    /// The text of the row.
    public var line: Line
    /// The style of the whole row (under the highlight, if selected).
    public var style: Style

    /// An item showing `line`.
    public init(_ line: Line, style: Style = .plain) {
        self.line = line
        self.style = style
    }

    /// An item showing `text`.
    public init(_ text: String, style: Style = .plain) {
        self.init(Line(text), style: style)
    }

    public init(stringLiteral value: String) {
        self.init(value)
    }
}

/// A vertical list of single-line items with a selection that scrolls into view.
///
/// Items are cut with `…` at the right edge; the selected row is drawn in `highlightStyle`
/// across the full width and prefixed with `highlightSymbol` (other rows get as many spaces, so
/// text stays aligned).
public struct ListView: StatefulWidget {
    public typealias State = SelectionState

    /// The rows.
    public var items: [ListItem]
    /// An optional frame; items are drawn inside it.
    public var block: Block?
    /// The base style of the list area.
    public var style: Style
    /// Laid over the selected row.
    public var highlightStyle: Style
    /// Drawn before the selected row (`"› "` by default, ASCII-safe widths).
    public var highlightSymbol: String

    /// A list of `items`.
    public init(items: [ListItem], block: Block? = nil, style: Style = .plain,
                highlightStyle: Style = Style().reversed(), highlightSymbol: String = "> ") {
        self.items = items
        self.block = block
        self.style = style
        self.highlightStyle = highlightStyle
        self.highlightSymbol = highlightSymbol
    }

    /// The area the items are drawn in, for mapping mouse clicks to rows.
    public func itemsArea(in area: Rect) -> Rect {
        block?.inner(area) ?? area
    }

    public func render(in area: Rect, into grid: inout Grid, state: inout SelectionState) {
        if let block { block.render(in: area, into: &grid) }
        let inner = itemsArea(in: area).intersection(grid.area)
        guard !inner.isEmpty else { return }
        grid.clear(inner, style: style)
        state.keepSelectionVisible(count: items.count, visibleRows: inner.height)
        let symbolWidth = highlightSymbol.displayWidth
        let blankSymbol = String(repeating: " ", count: symbolWidth)
        for row in 0..<inner.height {
            let index = state.offset + row
            guard index < items.count else { break }
            let item = items[index]
            let isSelected = index == state.selected
            var rowStyle = style.patched(with: item.style)
            if isSelected { rowStyle = rowStyle.patched(with: highlightStyle) }
            let rowArea = inner.row(row)
            grid.clear(rowArea, style: rowStyle)
            var x = rowArea.x
            if symbolWidth > 0 {
                x += grid.write(isSelected ? highlightSymbol : blankSymbol, at: Position(x: x, y: rowArea.y),
                                style: rowStyle, maxWidth: rowArea.right - x)
            }
            let room = rowArea.right - x
            guard room > 0 else { continue }
            grid.write(Line.truncating(item.line, toWidth: room), at: Position(x: x, y: rowArea.y),
                       baseStyle: rowStyle, maxWidth: room)
        }
    }
}
