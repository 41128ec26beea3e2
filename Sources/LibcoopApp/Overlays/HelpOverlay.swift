import LibcoopRender

/// The `?` overlay: every key, scrollable when the terminal is short.
enum HelpOverlay {
    static func render(_ state: BrowserState, scroll: Int, into grid: inout Grid) {
        let language = state.language
        let lines = KeyBindings.helpLines(language)
        let screen = grid.area
        let width = min(screen.width - 2, 72)
        let height = min(screen.height - 2, lines.count + 2)
        let frame = Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
        Clear().render(in: frame, into: &grid)
        let block = Block(title: Line(language.pick("按键 · Esc 关闭", "Keys · Esc closes")), borderType: .rounded,
                          borderStyle: Theme.focusedBorder, titleStyle: Theme.focusedBorder)
        Paragraph(lines: lines, block: block, wraps: false, scroll: min(scroll, max(0, lines.count - (height - 2))))
            .render(in: frame, into: &grid)
    }
}
