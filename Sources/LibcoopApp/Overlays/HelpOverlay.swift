import LibcoopRender

/// The `?` overlay: every row of the key table (`KeyBindings.helpGroups`), scrollable when the
/// terminal is short.
enum HelpOverlay {
    /// The help's lines at `width` columns: each group's title, then its keys and what they do,
    /// the words wrapped under themselves when the box is narrow (never cut).
    static func lines(_ language: Language, width: Int = Int.max) -> [Line] {
        var lines: [Line] = []
        for (group, bindings) in KeyBindings.helpGroups(language) {
            if !lines.isEmpty { lines.append(.empty) }
            lines += LabelledLines.indented(Line(group.title(language), style: Theme.heading), indent: 0, width: width)
            for binding in bindings {
                let keys = Span("  " + binding.keys.padded(toWidth: 16), style: Theme.accent)
                lines += LabelledLines.indented(Line(binding.help), indent: keys.displayWidth, width: width, first: keys)
            }
        }
        return lines
    }

    /// The columns inside the help's box on a screen of `size`.
    static func textWidth(_ size: Size) -> Int {
        max(1, BrowserLayout.helpFrame(size, lineCount: 0).width - 2)
    }

    /// How many lines the help has on a screen of `size`, once wrapped.
    static func lineCount(_ language: Language, size: Size) -> Int {
        lines(language, width: textWidth(size)).count
    }

    static func render(_ state: BrowserState, scroll: Int, into grid: inout Grid) {
        let language = state.language
        let lines = lines(language, width: textWidth(state.size))
        let frame = BrowserLayout.helpFrame(state.size, lineCount: lines.count)
        Clear().render(in: frame, into: &grid)
        let block = Block(title: Line(language.pick("按键 \(Glyphs.current.dot) Esc 关闭", "Keys \(Glyphs.current.dot) Esc closes")), borderType: .rounded,
                          borderStyle: Theme.focusedBorder, titleStyle: Theme.focusedBorder)
        Paragraph(lines: lines, block: block, wraps: false, scroll: scroll).render(in: frame, into: &grid)
        let visible = max(0, frame.height - 2)
        if lines.count > visible {
            Scrollbar(contentLength: lines.count, viewportLength: visible, position: scroll)
                .render(in: Rect(x: frame.right - 1, y: frame.y + 1, width: 1, height: visible), into: &grid)
            OverlayFrame.scrollIndicator((above: scroll, below: max(0, lines.count - visible - scroll)), frame: frame, language: language, into: &grid)
        }
    }
}
