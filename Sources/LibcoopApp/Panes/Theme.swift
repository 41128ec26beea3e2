import LibcoopRender

/// The browser's styles in one place. Colours degrade in the backend (256 → 8 → reverse and bold),
/// so every distinction here also shows without colour: selection is reverse video, headings bold.
enum Theme {
    static let header = Style().reversed().bold()
    static let selected = Style().reversed()
    static let selectedUnfocused = Style().underline()
    static let heading = Style().bold()
    static let label = Style().dim()
    static let focusedBorder = Style().foreground(.cyan).bold()
    static let border = Style()
    static let warning = Style().foreground(.yellow).bold()
    static let error = Style().foreground(.red).bold()
    static let accent = Style().foreground(.cyan)
    static let hintKey = Style().reversed()
    static let underConstruction = Style().foreground(.yellow).bold()
}
