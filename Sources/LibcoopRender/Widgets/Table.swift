/// How a `Table` column's width is chosen.
public enum ColumnWidth: Hashable, Sendable {
    /// Exactly this many columns.
    case fixed(Int)
    /// As wide as the widest cell or title (by display width), kept within `min...max`; shrinks
    /// first when the table is too narrow.
    case fit(min: Int = 1, max: Int = Int.max)
    /// As `.fit`, but as wide as `widest`, the widest cell of every row the table may ever show
    /// (not only those it is given), so that the column does not move as the rows change (a
    /// search's results while typing). In a table too narrow for that, it is `.fit`: the rows
    /// shown are not cut for the sake of rows that are not.
    case steady(widest: Int, min: Int = 1, max: Int = Int.max)
    /// A share of the width left over by the other columns, by weight.
    case fill(Int)
}

/// A column of a `Table`: its title, width rule and alignment.
public struct TableColumn: Hashable, Sendable {
    /// The header text.
    public var title: String
    /// How the width is chosen.
    public var width: ColumnWidth
    /// How cells sit inside the column (`.trailing` for numbers).
    public var alignment: TextAlignment

    /// A column titled `title`.
    public init(_ title: String, width: ColumnWidth = .fit(), alignment: TextAlignment = .leading) {
        self.title = title
        self.width = width
        self.alignment = alignment
    }
}

/// One row of a `Table`.
public struct TableRow: Hashable, Sendable {
    /// One styled cell per column (missing cells are blank).
    public var cells: [Line]
    /// The style of the whole row.
    public var style: Style

    /// A row of `cells`.
    public init(_ cells: [Line], style: Style = .plain) {
        self.cells = cells
        self.style = style
    }

    /// A row of plain text cells.
    public init(texts: [String], style: Style = .plain) {
        self.init(texts.map { Line($0) }, style: style)
    }
}

/// A table with a header row, columns sized by the display width of their contents, and a
/// selectable row that scrolls into view. Cells too wide for their column end with `…`; Chinese
/// text stays aligned because every width is measured in terminal columns.
public struct Table: StatefulWidget {
    public typealias State = SelectionState

    /// The columns.
    public var columns: [TableColumn]
    /// The rows.
    public var rows: [TableRow]
    /// An optional frame.
    public var block: Block?
    /// The base style.
    public var style: Style
    /// The header row's style.
    public var headerStyle: Style
    /// Laid over the selected row.
    public var highlightStyle: Style
    /// Drawn before the selected row; other rows get spaces of the same width.
    public var highlightSymbol: String
    /// Blank columns between columns.
    public var columnSpacing: Int

    /// A table of `rows` under `columns`.
    public init(columns: [TableColumn], rows: [TableRow], block: Block? = nil, style: Style = .plain,
                headerStyle: Style = Style().bold(), highlightStyle: Style = Style().reversed(),
                highlightSymbol: String = "", columnSpacing: Int = 1) {
        self.columns = columns
        self.rows = rows
        self.block = block
        self.style = style
        self.headerStyle = headerStyle
        self.highlightStyle = highlightStyle
        self.highlightSymbol = highlightSymbol
        self.columnSpacing = max(0, columnSpacing)
    }

    /// The area the rows (below the header) are drawn in, for mapping mouse clicks to rows.
    public func rowsArea(in area: Rect) -> Rect {
        (block?.inner(area) ?? area).inset(top: 1)
    }

    /// This table with its `.steady` columns as `.fit` ones, or nil if it has none.
    private func withSteadyColumnsFitted() -> Table? {
        var fitted = self
        var changed = false
        for index in fitted.columns.indices {
            if case .steady(_, let low, let high) = fitted.columns[index].width {
                fitted.columns[index].width = .fit(min: low, max: high)
                changed = true
            }
        }
        return changed ? fitted : nil
    }

    /// The width of each column when the table is `totalWidth` columns wide (the highlight
    /// symbol and spacing excluded). O(rows × columns).
    public func columnWidths(totalWidth: Int) -> [Int] {
        let count = columns.count
        guard count > 0 else { return [] }
        let available = max(0, totalWidth - highlightSymbol.displayWidth - columnSpacing * (count - 1))
        var widths = Array(repeating: 0, count: count)
        var minimums = Array(repeating: 0, count: count)
        for (index, column) in columns.enumerated() {
            switch column.width {
            case .fixed(let n):
                widths[index] = max(0, n)
                minimums[index] = max(0, n)
            case .fit(let low, let high):
                var widest = column.title.displayWidth
                for row in rows where index < row.cells.count {
                    widest = max(widest, row.cells[index].displayWidth)
                }
                widths[index] = min(max(widest, max(0, low)), max(max(0, low), high))
                minimums[index] = max(0, low)
            case .steady(let widest, let low, let high):
                widths[index] = min(max(max(widest, column.title.displayWidth), max(0, low)), max(max(0, low), high))
                minimums[index] = max(0, low)
            case .fill:
                widths[index] = 0
            }
        }
        var excess = widths.reduce(0, +) - available
        if excess > 0, let fitting = withSteadyColumnsFitted() {
            return fitting.columnWidths(totalWidth: totalWidth)
        }
        if excess > 0 {
            // Shrink fit columns towards their minimum, in proportion to how much they can give.
            let slack = columns.indices.map { index -> Int in
                if case .fit = columns[index].width { return widths[index] - minimums[index] }
                return 0
            }
            let give = Layout.distribute(min(excess, slack.reduce(0, +)), weights: slack)
            for index in widths.indices { widths[index] -= give[index] }
            excess = widths.reduce(0, +) - available
            if excess > 0 { widths = Layout.shrink(widths, to: available) }
        } else {
            let weights = columns.map { column -> Int in
                if case .fill(let weight) = column.width { return max(0, weight) }
                return 0
            }
            let shares = Layout.distribute(-excess, weights: weights)
            for index in widths.indices { widths[index] += shares[index] }
        }
        return widths
    }

    public func render(in area: Rect, into grid: inout Grid, state: inout SelectionState) {
        if let block { block.render(in: area, into: &grid) }
        let inner = (block?.inner(area) ?? area).intersection(grid.area)
        guard !inner.isEmpty else { return }
        grid.clear(inner, style: style)
        let widths = columnWidths(totalWidth: inner.width)
        let symbolWidth = highlightSymbol.displayWidth
        let header = columns.map { Line($0.title) }
        drawRow(header, widths: widths, at: inner.row(0), style: style.patched(with: headerStyle),
                prefix: String(repeating: " ", count: symbolWidth), into: &grid)
        let body = inner.inset(top: 1)
        state.keepSelectionVisible(count: rows.count, visibleRows: body.height)
        guard !body.isEmpty else { return }
        for line in 0..<body.height {
            let index = state.offset + line
            guard index < rows.count else { break }
            let isSelected = index == state.selected
            var rowStyle = style.patched(with: rows[index].style)
            if isSelected { rowStyle = rowStyle.patched(with: highlightStyle) }
            let prefix = isSelected ? highlightSymbol : String(repeating: " ", count: symbolWidth)
            drawRow(rows[index].cells, widths: widths, at: body.row(line), style: rowStyle, prefix: prefix, into: &grid)
        }
    }

    /// Draws one row of cells into `rowArea`.
    private func drawRow(_ cells: [Line], widths: [Int], at rowArea: Rect, style rowStyle: Style,
                         prefix: String, into grid: inout Grid) {
        grid.clear(rowArea, style: rowStyle)
        var x = rowArea.x
        if !prefix.isEmpty {
            x += grid.write(prefix, at: Position(x: x, y: rowArea.y), style: rowStyle, maxWidth: rowArea.right - x)
        }
        for (index, width) in widths.enumerated() {
            let room = min(width, rowArea.right - x)
            if room <= 0 { break }
            let cell = index < cells.count ? cells[index] : Line.empty
            let fitted = Line.truncating(cell, toWidth: room)
            let gap = room - fitted.displayWidth
            let lead: Int
            switch columns[index].alignment {
            case .leading: lead = 0
            case .center: lead = gap / 2
            case .trailing: lead = gap
            }
            grid.write(fitted, at: Position(x: x + lead, y: rowArea.y), baseStyle: rowStyle, maxWidth: room - lead)
            x += width + columnSpacing
        }
    }
}
