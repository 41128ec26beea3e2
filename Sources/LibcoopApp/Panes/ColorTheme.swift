import LibcoopRender

/// The browser's colour themes: `default`, and `high-contrast` for low vision and washed-out
/// projectors (config.toml `theme = "high-contrast"`).
///
/// The high-contrast theme never dims text, draws every distinction with bold, underline or
/// reverse video in the terminal's own colours, and keeps colour only where it adds to those
/// (errors red, warnings yellow, both in reverse video). With `NO_COLOR` or `--no-color` the
/// backend drops the colours and the attributes carry every distinction in either theme.
///
/// Drawing reads the theme bound with `ColorTheme.$current.withValue(_:operation:)`, as it reads
/// `AmbiguousWidth.current`.
public enum ColorTheme: String, CaseIterable, Sendable {
    case standard = "default"
    case highContrast = "high-contrast"

    /// The theme the browser draws with now.
    @TaskLocal public static var current: ColorTheme = .standard

    /// The styles this theme draws with.
    var palette: ThemePalette {
        switch self {
        case .standard: .standard
        case .highContrast: .highContrast
        }
    }
}

/// The styles of one `ColorTheme`, one per role the browser draws.
struct ThemePalette: Sendable {
    var header: Style
    var selected: Style
    var selectedUnfocused: Style
    var heading: Style
    var label: Style
    var focusedBorder: Style
    var border: Style
    var warning: Style
    var error: Style
    var accent: Style
    var hintKey: Style
    var underConstruction: Style

    static let standard = ThemePalette(
        header: Style().reversed().bold(),
        selected: Style().reversed(),
        selectedUnfocused: Style().underline(),
        heading: Style().bold(),
        label: Style().dim(),
        focusedBorder: Style().foreground(.cyan).bold(),
        border: Style(),
        warning: Style().foreground(.yellow).bold(),
        error: Style().foreground(.red).bold(),
        accent: Style().foreground(.cyan),
        hintKey: Style().reversed(),
        underConstruction: Style().foreground(.yellow).bold()
    )

    static let highContrast = ThemePalette(
        header: Style().reversed().bold(),
        selected: Style().reversed().bold(),
        selectedUnfocused: Style().underline().bold(),
        heading: Style().bold().underline(),
        label: Style(),
        focusedBorder: Style().bold(),
        border: Style(),
        warning: Style().foreground(.yellow).reversed().bold(),
        error: Style().foreground(.red).reversed().bold(),
        accent: Style().bold(),
        hintKey: Style().reversed().bold(),
        underConstruction: Style().foreground(.yellow).reversed().bold()
    )
}
