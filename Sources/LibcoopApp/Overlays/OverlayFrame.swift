import LibcoopRender

/// Opens the centred box the search and detail overlays draw in (`BrowserLayout.overlayFrame`):
/// cleared, bordered and titled.
enum OverlayFrame {
    /// Clears `frame`, draws a focused block titled `title`, and returns the area inside it.
    static func open(_ title: String, frame: Rect, into grid: inout Grid) -> Rect {
        Clear().render(in: frame, into: &grid)
        let block = Block(title: Line(title), borderType: .rounded, borderStyle: Theme.focusedBorder, titleStyle: Theme.focusedBorder)
        block.render(in: frame, into: &grid)
        return block.inner(frame)
    }
}
