import LibcoopRender

/// The centred box the search and detail overlays draw in: most of the screen, or as little of
/// it as the content needs, cleared first.
enum OverlayFrame {
    /// The box; `contentHeight`, when given, is the number of rows inside it that the content
    /// needs, and the box is no taller than that.
    static func rect(in screen: Rect, maxWidth: Int = 100, contentHeight: Int? = nil) -> Rect {
        let width = min(screen.width - 2, maxWidth)
        let height = min(max(3, screen.height - 4), contentHeight.map { max(3, $0 + 2) } ?? Int.max)
        return Rect(x: max(0, (screen.width - width) / 2), y: min(2, max(0, screen.height - height)), width: max(0, width), height: height)
    }

    /// Clears `frame`, draws a focused block titled `title`, and returns the area inside it.
    static func open(_ title: String, frame: Rect, into grid: inout Grid) -> Rect {
        Clear().render(in: frame, into: &grid)
        let block = Block(title: Line(title), borderType: .rounded, borderStyle: Theme.focusedBorder, titleStyle: Theme.focusedBorder)
        block.render(in: frame, into: &grid)
        return block.inner(frame)
    }

    /// Rows of results an overlay on a screen of `size` can show (below its input line).
    static func resultRows(_ size: Size) -> Int {
        max(0, rect(in: Rect(x: 0, y: 0, width: size.width, height: size.height)).height - 2 - 2)
    }
}
