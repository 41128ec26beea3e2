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

    /// How many lines are out of view, as the box's bottom border says it: `↓ 3 more` below,
    /// `↑ 2 above` when only lines above are hidden. Nothing when all shows.
    static func scrollText(_ hidden: (above: Int, below: Int), _ language: Language) -> String? {
        let glyphs = Glyphs.current
        if hidden.below > 0 {
            let below = language.pick("\(glyphs.down) 还有 \(hidden.below) 行", "\(glyphs.down) \(hidden.below) more")
            return hidden.above > 0 ? "\(glyphs.up) \(hidden.above) \(below)" : below
        }
        if hidden.above > 0 { return language.pick("\(glyphs.up) 上面 \(hidden.above) 行", "\(glyphs.up) \(hidden.above) above") }
        return nil
    }

    /// Writes `scrollText` into the bottom border of `frame`, right-aligned between its corners;
    /// left out when the border is too short for it.
    static func scrollIndicator(_ hidden: (above: Int, below: Int), frame: Rect, language: Language, into grid: inout Grid) {
        guard let text = scrollText(hidden, language).map({ " \($0) " }), frame.height >= 2 else { return }
        let width = text.displayWidth
        guard width + 4 <= frame.width else { return }
        let position = Position(x: frame.x + frame.width - 2 - width, y: frame.y + frame.height - 1)
        grid.write(text, at: position, style: Theme.focusedBorder, maxWidth: width)
    }
}
