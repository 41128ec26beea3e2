/// The text and cursor of a `TextInput`: a single line edited grapheme by grapheme.
///
/// The cursor moves over whole grapheme clusters, so it never lands inside a Chinese character,
/// an emoji sequence or a letter with its accent, and backspace removes a whole cluster.
/// Characters typed through an IME arrive whole and are inserted as they come.
public struct TextInputState: Hashable, Sendable {
    /// The text being edited (newlines and control characters are never inserted).
    public private(set) var text: String
    /// The cursor, counted in grapheme clusters from the start (0...text.count).
    public private(set) var cursor: Int
    /// The first display column shown (kept by rendering so the cursor stays visible).
    public var scrollColumn: Int

    /// A state holding `text` with the cursor at its end.
    public init(text: String = "") {
        self.text = text.filter { !$0.isNewline }
        self.cursor = self.text.count
        self.scrollColumn = 0
    }

    /// Replaces the text and puts the cursor at its end.
    public mutating func setText(_ newText: String) {
        self = TextInputState(text: newText)
    }

    /// The display column of the cursor from the start of the text.
    public var cursorColumn: Int { text.prefix(cursor).displayWidth }

    private func index(at offset: Int) -> String.Index {
        text.index(text.startIndex, offsetBy: min(max(0, offset), text.count))
    }

    /// Inserts `string` at the cursor and moves the cursor after it. Control characters and
    /// newlines are left out. A combining mark typed alone joins the character before it.
    public mutating func insert(_ string: String) {
        let clean = String(string.unicodeScalars.filter { !TerminalText.needsPlaceholder($0) }.map(Character.init))
        guard !clean.isEmpty else { return }
        let before = String(text[..<index(at: cursor)]) + clean
        let after = text[index(at: cursor)...]
        text = before + after
        cursor = min(before.count, text.count)
    }

    /// Removes the grapheme cluster before the cursor (Backspace). Returns whether anything changed.
    @discardableResult
    public mutating func deleteBackward() -> Bool {
        guard cursor > 0 else { return false }
        text.remove(at: index(at: cursor - 1))
        cursor -= 1
        return true
    }

    /// Removes the grapheme cluster after the cursor (Delete). Returns whether anything changed.
    @discardableResult
    public mutating func deleteForward() -> Bool {
        guard cursor < text.count else { return false }
        text.remove(at: index(at: cursor))
        return true
    }

    /// Moves the cursor one grapheme cluster left.
    public mutating func moveLeft() { cursor = max(0, cursor - 1) }
    /// Moves the cursor one grapheme cluster right.
    public mutating func moveRight() { cursor = min(text.count, cursor + 1) }
    /// Moves the cursor to the start.
    public mutating func moveToStart() { cursor = 0 }
    /// Moves the cursor to the end.
    public mutating func moveToEnd() { cursor = text.count }

    /// Moves the cursor to the start of the previous word (a run of letters, digits or Han; Han
    /// characters count as a run).
    public mutating func moveWordLeft() { cursor = wordBoundary(before: cursor) }
    /// Moves the cursor past the end of the next word.
    public mutating func moveWordRight() { cursor = wordBoundary(after: cursor) }

    /// Removes the word before the cursor (Ctrl-W).
    public mutating func deleteWordBackward() {
        let start = wordBoundary(before: cursor)
        text.removeSubrange(index(at: start)..<index(at: cursor))
        cursor = start
    }

    /// Removes everything before the cursor (Ctrl-U).
    public mutating func deleteToStart() {
        text.removeSubrange(text.startIndex..<index(at: cursor))
        cursor = 0
    }

    /// Removes everything after the cursor (Ctrl-K).
    public mutating func deleteToEnd() {
        text.removeSubrange(index(at: cursor)...)
    }

    private func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    private func wordBoundary(before position: Int) -> Int {
        let characters = Array(text)
        var i = min(position, characters.count)
        while i > 0, !isWordCharacter(characters[i - 1]) { i -= 1 }
        while i > 0, isWordCharacter(characters[i - 1]) { i -= 1 }
        return i
    }

    private func wordBoundary(after position: Int) -> Int {
        let characters = Array(text)
        var i = max(0, position)
        while i < characters.count, !isWordCharacter(characters[i]) { i += 1 }
        while i < characters.count, isWordCharacter(characters[i]) { i += 1 }
        return i
    }

    /// Applies an editing key: characters insert, Backspace/Delete remove, arrows, Home/End,
    /// Ctrl-A/E (start/end), Ctrl-B/F (left/right), Alt-B/F or Ctrl-←/→ (by word), Ctrl-W, Ctrl-U,
    /// Ctrl-K, Ctrl-H (backspace), Ctrl-D (delete). Returns whether the key was an editing key;
    /// others (Enter, Esc, Tab, …) are left to the caller.
    @discardableResult
    public mutating func handle(_ event: KeyEvent) -> Bool {
        let control = event.modifiers.contains(.control)
        let alt = event.modifiers.contains(.alt)
        switch event.key {
        case .character(let c) where !control && !alt:
            insert(String(c))
        case .character("a") where control: moveToStart()
        case .character("e") where control: moveToEnd()
        case .character("b") where control: moveLeft()
        case .character("f") where control: moveRight()
        case .character("h") where control: deleteBackward()
        case .character("d") where control: deleteForward()
        case .character("w") where control: deleteWordBackward()
        case .character("u") where control: deleteToStart()
        case .character("k") where control: deleteToEnd()
        case .character("b") where alt: moveWordLeft()
        case .character("f") where alt: moveWordRight()
        case .backspace: deleteBackward()
        case .delete: deleteForward()
        case .left where control || alt: moveWordLeft()
        case .right where control || alt: moveWordRight()
        case .left: moveLeft()
        case .right: moveRight()
        case .home: moveToStart()
        case .end: moveToEnd()
        default: return false
        }
        return true
    }
}
