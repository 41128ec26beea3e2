import LibcoopRender

/// The `?` overlay: every key, scrollable when the terminal is short.
enum HelpOverlay {
    /// The dialog's box on a screen of `size`: up to 72 columns, as tall as the keys need.
    static func frame(_ size: Size, lineCount: Int) -> Rect {
        let width = max(0, min(size.width - 2, 72))
        let height = max(0, min(size.height - 2, lineCount + 2))
        return Rect(x: (size.width - width) / 2, y: (size.height - height) / 2, width: width, height: height)
    }

    /// How far the keys can scroll: until the last one is in view.
    static func maximumScroll(_ state: BrowserState) -> Int {
        let count = KeyBindings.helpLines(state.language).count
        return max(0, count - max(0, frame(state.size, lineCount: count).height - 2))
    }

    static func render(_ state: BrowserState, scroll: Int, into grid: inout Grid) {
        let language = state.language
        let lines = KeyBindings.helpLines(language)
        let frame = frame(state.size, lineCount: lines.count)
        Clear().render(in: frame, into: &grid)
        let block = Block(title: Line(language.pick("按键 · Esc 关闭", "Keys · Esc closes")), borderType: .rounded,
                          borderStyle: Theme.focusedBorder, titleStyle: Theme.focusedBorder)
        Paragraph(lines: lines, block: block, wraps: false, scroll: scroll).render(in: frame, into: &grid)
        let visible = max(0, frame.height - 2)
        if lines.count > visible {
            Scrollbar(contentLength: lines.count, viewportLength: visible, position: scroll)
                .render(in: Rect(x: frame.right - 1, y: frame.y + 1, width: 1, height: visible), into: &grid)
        }
    }
}
