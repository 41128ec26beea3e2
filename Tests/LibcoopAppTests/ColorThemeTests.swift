import LibcoopRender
import Testing
@testable import LibcoopApp

/// config.toml's `theme`: the high-contrast theme draws the same screen with no dimmed text and
/// bolder selection, and the default theme stays as it was.
@Suite("Colour themes")
struct ColorThemeTests {
    /// Every attribute and colour used anywhere on the screen.
    private static func styles(of grid: Grid) -> [Style] { grid.cells.map(\.style) }

    @Test("the default theme is what draws when no theme is bound, with labels dimmed")
    func defaultThemeIsTheStandardOne() {
        #expect(ColorTheme.current == .standard)
        let grid = Browser.view(Screens.yuhuataiStaff(width: 100, height: 30))
        #expect(Self.styles(of: grid).contains { $0.attributes.contains(.dim) })
    }

    @Test("high-contrast: the same text, nothing dimmed, the selection bold in reverse video")
    func highContrastNeverDims() {
        let state = Screens.yuhuataiStaff(width: 100, height: 30)
        let standard = Browser.view(state)
        let contrast = ColorTheme.$current.withValue(.highContrast) { Browser.view(state) }
        #expect(contrast.cells.map(\.symbol) == standard.cells.map(\.symbol), "a theme changes styles only, never text")
        let styles = Self.styles(of: contrast)
        #expect(!styles.contains { $0.attributes.contains(.dim) })
        #expect(styles.contains { $0.attributes.contains(.reverse) && $0.attributes.contains(.bold) })
    }

    @Test("high-contrast carries every distinction without colour: each coloured role is also bold or reversed")
    func highContrastWorksWithoutColour() {
        let palette = ColorTheme.highContrast.palette
        for style in [palette.warning, palette.error, palette.focusedBorder, palette.accent, palette.underConstruction, palette.selected] {
            #expect(style.attributes.contains(.bold) || style.attributes.contains(.reverse))
        }
    }

    @Test("config.toml spells the themes default and high-contrast")
    func themeNames() {
        #expect(ColorTheme(rawValue: "default") == .standard)
        #expect(ColorTheme(rawValue: "high-contrast") == .highContrast)
        #expect(ColorTheme.allCases.count == 2)
    }
}
