/// Blanks an area, cutting cleanly through any wide character at its edges; drawn under popups.
public struct Clear: Widget {
    /// The style of the blank cells.
    public var style: Style

    /// A widget that blanks its area in `style`.
    public init(style: Style = .plain) {
        self.style = style
    }

    public func render(in area: Rect, into grid: inout Grid) {
        grid.clear(area, style: style)
    }
}
