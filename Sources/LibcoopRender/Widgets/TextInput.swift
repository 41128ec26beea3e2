/// A single-line text field: an optional prompt, the text scrolled sideways so the cursor stays
/// visible, a placeholder while empty, and the terminal cursor placed at the insertion point.
public struct TextInput: StatefulWidget {
    public typealias State = TextInputState

    /// Drawn before the text, such as `"搜索: "`.
    public var prompt: Line?
    /// Shown (in `placeholderStyle`) while the text is empty.
    public var placeholder: String
    /// The style of the field.
    public var style: Style
    /// The style of the placeholder.
    public var placeholderStyle: Style
    /// Whether the field has focus: only then is the terminal cursor placed in it.
    public var isFocused: Bool

    /// A text field.
    public init(prompt: Line? = nil, placeholder: String = "", style: Style = .plain,
                placeholderStyle: Style = Style().dim(), isFocused: Bool = true) {
        self.prompt = prompt
        self.placeholder = placeholder
        self.style = style
        self.placeholderStyle = placeholderStyle
        self.isFocused = isFocused
    }

    public func render(in area: Rect, into grid: inout Grid, state: inout TextInputState) {
        let area = area.intersection(grid.area)
        guard !area.isEmpty else { return }
        let row = area.row(0)
        grid.clear(row, style: style)
        var x = row.x
        if let prompt {
            x += grid.write(Line.truncating(prompt, toWidth: row.width), at: row.origin, baseStyle: style,
                            maxWidth: row.width)
        }
        let field = Rect(x: x, y: row.y, width: row.right - x, height: 1)
        guard field.width > 0 else { return }
        if state.text.isEmpty {
            grid.write(placeholder.truncated(toWidth: field.width), at: field.origin,
                       style: style.patched(with: placeholderStyle), maxWidth: field.width)
            state.scrollColumn = 0
            if isFocused { grid.cursor = field.origin }
            return
        }
        // Keep the cursor (which needs one column of its own at the end) inside the field.
        let cursorColumn = state.cursorColumn
        let cursorCharacterWidth = min(field.width, max(1, state.text.dropFirst(state.cursor).first?.displayWidth ?? 1))
        if cursorColumn < state.scrollColumn { state.scrollColumn = cursorColumn }
        if cursorColumn + cursorCharacterWidth > state.scrollColumn + field.width {
            state.scrollColumn = cursorColumn + cursorCharacterWidth - field.width
        }
        state.scrollColumn = max(0, min(state.scrollColumn, max(0, state.text.displayWidth + 1 - field.width)))
        // Draw the visible window of the text; a wide character cut at the left edge shows as a space.
        var column = 0
        for character in state.text {
            let width = character.displayWidth
            let start = column - state.scrollColumn
            column += width
            if width == 0 || start + width <= 0 { continue }
            if start >= field.width { break }
            if start < 0 {
                for blank in 0..<(start + width) { grid.write(" ", at: Position(x: field.x + blank, y: row.y), style: style) }
                continue
            }
            grid.write(String(character), at: Position(x: field.x + start, y: row.y), style: style,
                       maxWidth: field.width - start)
        }
        if isFocused {
            grid.cursor = Position(x: field.x + min(field.width - 1, max(0, cursorColumn - state.scrollColumn)), y: row.y)
        }
    }
}
