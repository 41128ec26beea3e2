/// Everything the terminal can tell the program, as one value: the app's `update` takes these.
public enum InputEvent: Hashable, Sendable {
    /// A key press.
    case key(KeyEvent)
    /// A mouse click or wheel turn.
    case mouse(MouseEvent)
    /// The terminal now has this size; draw again at once.
    case resize(Size)
}

public extension InputEvent {
    /// A key event for `key` with `modifiers` (shorthand for tests and key tables).
    static func key(_ key: Key, _ modifiers: KeyModifiers = []) -> InputEvent {
        .key(KeyEvent(key, modifiers: modifiers))
    }

    /// One key event per grapheme cluster of `text`, as if typed.
    static func typing(_ text: String) -> [InputEvent] {
        text.map { .key(KeyEvent(.character($0))) }
    }
}
