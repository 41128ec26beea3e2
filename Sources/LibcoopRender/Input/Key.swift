/// A key on the keyboard, without modifiers.
public enum Key: Hashable, Sendable {
    /// A typed character: a whole grapheme cluster, so a Chinese character committed by an IME,
    /// an emoji or a letter with a combining accent arrives as one key.
    case character(Character)
    case enter
    case tab
    /// Shift-Tab.
    case backTab
    case backspace
    case delete
    case insert
    case escape
    case up, down, left, right
    case home, end
    case pageUp, pageDown
    /// A function key, F1 = `function(1)`.
    case function(Int)
}
