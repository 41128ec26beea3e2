import LibcoopRender

/// How much colour the terminal can show, after the user's wishes (`NO_COLOR`, `--no-color`).
public enum ColorCapability: Hashable, Sendable {
    /// No colour: styles keep bold, dim, underline and reverse; backgrounds become reverse.
    case monochrome
    /// The eight ANSI colours; 256-colour entries are lowered to the nearest of them.
    case eight
    /// The xterm 256-colour palette.
    case palette256

    /// The capability for a terminal reporting `colors` colours (`has_colors()` and `COLORS`),
    /// given the `NO_COLOR` environment value and whether `--no-color` was passed.
    /// `NO_COLOR` counts when set to any non-empty value (https://no-color.org).
    public static func resolve(terminalHasColors: Bool, colors: Int, noColorEnvironment: String?,
                               noColorOption: Bool) -> ColorCapability {
        if noColorOption { return .monochrome }
        if let value = noColorEnvironment, !value.isEmpty { return .monochrome }
        guard terminalHasColors else { return .monochrome }
        if colors >= 256 { return .palette256 }
        if colors >= 8 { return .eight }
        return .monochrome
    }
}

/// A style as the terminal will show it: colour numbers for ncurses (-1 = the terminal's
/// default) and attributes, after lowering to the terminal's capability.
struct TerminalStyle: Hashable, Sendable {
    var foreground: Int16
    var background: Int16
    var attributes: TextAttributes

    /// `style` lowered to `capability`.
    init(_ style: Style, capability: ColorCapability) {
        switch capability {
        case .monochrome:
            foreground = -1
            background = -1
            attributes = style.attributes
            // A coloured background marks something (a selection, a bar): keep it visible.
            if style.background != .default, !style.attributes.contains(.reverse) {
                attributes.insert(.reverse)
            }
        case .eight:
            foreground = TerminalStyle.number(style.foreground, palette: false)
            background = TerminalStyle.number(style.background, palette: false)
            attributes = style.attributes
        case .palette256:
            foreground = TerminalStyle.number(style.foreground, palette: true)
            background = TerminalStyle.number(style.background, palette: true)
            attributes = style.attributes
        }
    }

    /// The ncurses colour number of `color`: -1 for the default, 0–7 for named colours, the
    /// palette index (or its nearest named colour without a palette) for indexed ones.
    static func number(_ color: Color, palette: Bool) -> Int16 {
        switch color {
        case .default: return -1
        case .indexed(let index): return palette ? Int16(index) : Int16(nearestANSI(index))
        default: return Int16(color.ansiNumber ?? -1)
        }
    }

    /// The nearest of the eight ANSI colours to entry `index` of the xterm 256-colour palette.
    static func nearestANSI(_ index: UInt8) -> Int {
        switch index {
        case 0..<8: return Int(index)
        case 8..<16: return Int(index) - 8
        case 232...255:
            // Greys: dark ones are black, light ones white.
            return index < 244 ? 0 : 7
        default:
            let cube = Int(index) - 16
            let levels = [0, 95, 135, 175, 215, 255]
            let (r, g, b) = (levels[cube / 36], levels[(cube / 6) % 6], levels[cube % 6])
            // ANSI colour n has red in bit 0, green in bit 1, blue in bit 2. Compare against the
            // strongest channel so dark colours keep their hue, and pure greys go black or white.
            let strongest = max(r, g, b)
            if strongest < 80 { return 0 }
            let threshold = strongest * 6 / 10
            let bits = (r >= threshold ? 1 : 0) | (g >= threshold ? 2 : 0) | (b >= threshold ? 4 : 0)
            if bits == 7 { return strongest >= 160 ? 7 : 0 }
            return bits
        }
    }
}
