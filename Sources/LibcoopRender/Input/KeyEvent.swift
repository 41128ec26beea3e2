/// A key press: the key and the modifiers held with it.
///
/// Control letters arrive as `.character` of the lower-case letter with `.control`
/// (`KeyEvent.control("a")` is Ctrl-A). Ctrl-C, Ctrl-Z and Ctrl-\ are signals handled by the
/// backend and never arrive as keys.
public struct KeyEvent: Hashable, Sendable, CustomStringConvertible {
    /// The key.
    public var key: Key
    /// Modifiers held with it.
    public var modifiers: KeyModifiers

    /// A press of `key` with `modifiers`.
    public init(_ key: Key, modifiers: KeyModifiers = []) {
        self.key = key
        self.modifiers = modifiers
    }

    /// The character typed, when this is a plain (or shifted) character key.
    public var character: Character? {
        if case .character(let c) = key, modifiers.isDisjoint(with: [.control, .alt]) { return c }
        return nil
    }

    /// Ctrl + `letter`.
    public static func control(_ letter: Character) -> KeyEvent {
        KeyEvent(.character(letter), modifiers: .control)
    }

    /// Alt + `character`.
    public static func alt(_ character: Character) -> KeyEvent {
        KeyEvent(.character(character), modifiers: .alt)
    }

    /// A plain character key.
    public static func character(_ character: Character) -> KeyEvent {
        KeyEvent(.character(character))
    }

    /// A readable name such as `Ctrl-A`, `Shift-Tab`, `PgDn`, `F5` or `图`, for key hints.
    public var description: String {
        var prefix = ""
        if modifiers.contains(.control) { prefix += "Ctrl-" }
        if modifiers.contains(.alt) { prefix += "Alt-" }
        if modifiers.contains(.shift) { prefix += "Shift-" }
        let name: String
        switch key {
        case .character(" "): name = "Space"
        case .character(let c): name = modifiers.contains(.control) ? String(c).uppercased() : String(c)
        case .enter: name = "Enter"
        case .tab: name = "Tab"
        case .backTab: name = "Shift-Tab"
        case .backspace: name = "Backspace"
        case .delete: name = "Del"
        case .insert: name = "Ins"
        case .escape: name = "Esc"
        case .up: name = Glyphs.current.up
        case .down: name = Glyphs.current.down
        case .left: name = Glyphs.current.left
        case .right: name = Glyphs.current.right
        case .home: name = "Home"
        case .end: name = "End"
        case .pageUp: name = "PgUp"
        case .pageDown: name = "PgDn"
        case .function(let n): name = "F\(n)"
        }
        return prefix + name
    }
}
