import LibcoopRender

/// The browser's styles in one place, read from the `ColorTheme` in use. Colours degrade in the
/// backend (256 → 8 → reverse and bold), so every distinction here also shows without colour:
/// selection is reverse video, headings bold.
enum Theme {
    static var header: Style { ColorTheme.current.palette.header }
    static var selected: Style { ColorTheme.current.palette.selected }
    static var selectedUnfocused: Style { ColorTheme.current.palette.selectedUnfocused }
    static var heading: Style { ColorTheme.current.palette.heading }
    static var label: Style { ColorTheme.current.palette.label }
    static var focusedBorder: Style { ColorTheme.current.palette.focusedBorder }
    static var border: Style { ColorTheme.current.palette.border }
    static var warning: Style { ColorTheme.current.palette.warning }
    static var error: Style { ColorTheme.current.palette.error }
    static var accent: Style { ColorTheme.current.palette.accent }
    static var hintKey: Style { ColorTheme.current.palette.hintKey }
    static var underConstruction: Style { ColorTheme.current.palette.underConstruction }
}
