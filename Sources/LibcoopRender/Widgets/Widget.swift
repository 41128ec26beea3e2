/// Something that draws itself into an area of a grid and knows nothing about the terminal.
/// Widgets are plain values: build one from the model each frame and render it.
public protocol Widget {
    /// Draws the widget inside `area` of `grid`, touching no cell outside it.
    func render(in area: Rect, into grid: inout Grid)
}

/// A widget whose scroll position or selection lives in a separate state value that outlives
/// the frame (the widget itself stays a plain value built each frame).
public protocol StatefulWidget {
    /// The state kept between frames, such as the selected row and scroll offset.
    associatedtype State

    /// Draws the widget inside `area` of `grid`, adjusting `state` (for example scrolling so the
    /// selection stays visible).
    func render(in area: Rect, into grid: inout Grid, state: inout State)
}

public extension Grid {
    /// Draws `widget` inside `area` (the whole grid when omitted).
    mutating func render(_ widget: some Widget, in area: Rect? = nil) {
        widget.render(in: area ?? self.area, into: &self)
    }

    /// Draws a stateful `widget` inside `area` with its `state`.
    mutating func render<W: StatefulWidget>(_ widget: W, in area: Rect, state: inout W.State) {
        widget.render(in: area, into: &self, state: &state)
    }
}
