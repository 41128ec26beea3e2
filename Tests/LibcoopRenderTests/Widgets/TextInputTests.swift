import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Text input")
struct TextInputTests {
    func type(_ text: String, into state: inout TextInputState) {
        for character in text { state.handle(KeyEvent(.character(character))) }
    }

    @Test("Typed Chinese arrives whole and the cursor moves by grapheme")
    func typing() {
        var state = TextInputState()
        type("中文ab", into: &state)
        #expect(state.text == "中文ab")
        #expect(state.cursor == 4)
        #expect(state.cursorColumn == 6)
        state.handle(KeyEvent(.left))
        state.handle(KeyEvent(.left))
        #expect(state.cursorColumn == 4)
        state.handle(KeyEvent(.left))
        #expect(state.cursorColumn == 2)
        type("图", into: &state)
        #expect(state.text == "中图文ab")
    }

    @Test("Backspace removes a whole grapheme: Chinese, emoji sequence, accented letter")
    func backspace() {
        var state = TextInputState(text: "a中👨‍👩‍👧e\u{301}")
        state.handle(KeyEvent(.backspace))
        #expect(state.text == "a中👨‍👩‍👧")
        state.handle(KeyEvent(.backspace))
        #expect(state.text == "a中")
        state.handle(KeyEvent(.backspace))
        #expect(state.text == "a")
        state.handle(KeyEvent(.backspace))
        state.handle(KeyEvent(.backspace))
        #expect(state.text == "")
        #expect(state.cursor == 0)
    }

    @Test("A combining mark typed after its base joins it")
    func combiningTyped() {
        var state = TextInputState()
        state.insert("e")
        state.insert("\u{301}")
        #expect(state.text == "e\u{301}")
        #expect(state.cursor == 1)
    }

    @Test("Control characters and newlines are never inserted")
    func controlsRejected() {
        var state = TextInputState()
        state.insert("a\u{1B}[31m\nb")
        #expect(state.text == "a[31mb")
    }

    @Test("Editing keys: Home/End, Delete, Ctrl-A/E/K/U/W, word movement")
    func editingKeys() {
        var state = TextInputState(text: "市图书馆 city library")
        state.handle(.control("a"))
        #expect(state.cursor == 0)
        state.handle(KeyEvent(.delete))
        #expect(state.text == "图书馆 city library")
        state.handle(KeyEvent(.right, modifiers: .control))
        #expect(state.cursor == 3)
        state.handle(.control("k"))
        #expect(state.text == "图书馆")
        state.handle(.control("e"))
        type(" new", into: &state)
        state.handle(.control("w"))
        #expect(state.text == "图书馆 ")
        state.handle(.control("u"))
        #expect(state.text == "")
        let enterConsumed = state.handle(KeyEvent(.enter))
        let escapeConsumed = state.handle(KeyEvent(.escape))
        #expect(!enterConsumed && !escapeConsumed)
    }

    @Test("Renders with prompt, places the cursor, scrolls sideways")
    func rendering() {
        var state = TextInputState(text: "图书馆合作")
        let grid = renderGrid(width: 10, height: 1) {
            $0.render(TextInput(prompt: "找: "), in: $0.area, state: &state)
        }
        // 4 columns of prompt leave 6: the end of the text plus the cursor cell must show.
        expectScreen(grid, ["找:  合作"])
        #expect(grid.cursor == Position(x: 9, y: 0))
        state.handle(KeyEvent(.home))
        let start = renderGrid(width: 10, height: 1) {
            $0.render(TextInput(prompt: "找: "), in: $0.area, state: &state)
        }
        expectScreen(start, ["找: 图书馆"])
        #expect(start.cursor == Position(x: 4, y: 0))
    }

    @Test("Placeholder while empty; no cursor when unfocused")
    func placeholder() {
        var state = TextInputState()
        let grid = renderGrid(width: 12, height: 1) {
            $0.render(TextInput(placeholder: "输入书名", isFocused: false), in: $0.area, state: &state)
        }
        expectScreen(grid, ["输入书名"])
        #expect(grid.cursor == nil)
        #expect(grid[0, 0].style.attributes.contains(.dim))
    }

    @Test("Any width keeps the cursor inside", arguments: Array(1...12))
    func anyWidth(width: Int) {
        var state = TextInputState(text: "图a书👍🏽馆e\u{301}合")
        for _ in 0...state.text.count {
            let grid = renderGrid(width: width, height: 1) { $0.render(TextInput(), in: $0.area, state: &state) }
            checkGridInvariants(grid)
            if let cursor = grid.cursor { #expect(cursor.x >= 0 && cursor.x < width) }
            state.moveLeft()
        }
    }
}
