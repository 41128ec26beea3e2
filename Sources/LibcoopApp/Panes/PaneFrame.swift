import LibcoopRender

/// The bordered block every pane sits in; a focused pane's border is bold and coloured.
enum PaneFrame {
    static func block(_ title: String, focused: Bool) -> Block {
        Block(title: Line(title), borderType: .rounded,
              borderStyle: focused ? Theme.focusedBorder : Theme.border,
              titleStyle: focused ? Theme.focusedBorder : Theme.heading)
    }

    /// The selection style of a list: reverse video when its pane has the focus, else underlined.
    static func highlight(focused: Bool) -> Style {
        focused ? Theme.selected : Theme.selectedUnfocused
    }
}
