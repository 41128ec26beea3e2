import LibcoopRender

/// Turns what ncurses reads into `InputEvent`s. Pure: no terminal needed, so it is unit-tested
/// with scripted input.
///
/// Input arrives in bursts: everything readable at one moment (a key, an IME commit of several
/// characters, a paste, an escape-prefixed Alt key). Decoding a whole burst at once lets the
/// decoder
/// - join scalars into grapheme clusters, so `e` + U+0301 or a ZWJ emoji sequence is one key;
/// - read ESC followed at once by a key as Alt + that key, and a lone ESC as Escape (ncurses has
///   already waited `ESCDELAY` for the rest of an escape sequence).
struct InputDecoder: Sendable {
    /// Key code → event, for `RawInput.keyCode`.
    var keyCodes: [Int32: KeyEvent]
    /// The mouse-state bits of the ncurses build.
    var mouseMasks: MouseMasks

    /// A decoder for the standard ncurses key codes plus `extraKeyCodes`.
    init(extraKeyCodes: [Int32: KeyEvent] = [:], mouseMasks: MouseMasks = .ncurses) {
        self.keyCodes = KeyCodeTable.standard().merging(extraKeyCodes) { _, extra in extra }
        self.mouseMasks = mouseMasks
    }

    /// Decodes one burst of raw input into events, in order.
    func decode(_ burst: [RawInput]) -> [InputEvent] {
        var events: [InputEvent] = []
        var text = String.UnicodeScalarView()
        var altPending = false
        var textStartsWithAlt = false

        func flushText() {
            guard !text.isEmpty else { return }
            for (offset, character) in String(text).enumerated() {
                let modifiers: KeyModifiers = offset == 0 && textStartsWithAlt ? .alt : []
                events.append(.key(KeyEvent(.character(character), modifiers: modifiers)))
            }
            text = String.UnicodeScalarView()
            textStartsWithAlt = false
        }

        func emit(_ event: KeyEvent) {
            flushText()
            var event = event
            if altPending {
                event.modifiers.insert(.alt)
                altPending = false
            }
            events.append(.key(event))
        }

        for (index, input) in burst.enumerated() {
            switch input {
            case .character(let value):
                if value == 0x1B {
                    flushText()
                    if altPending { events.append(.key(KeyEvent(.escape))) }
                    // ESC with more input right behind it in the same burst is an Alt prefix.
                    altPending = index + 1 < burst.count
                    if !altPending { events.append(.key(KeyEvent(.escape))) }
                    continue
                }
                if let control = InputDecoder.controlKey(value) {
                    emit(control)
                    continue
                }
                guard let scalar = Unicode.Scalar(value), !InputDecoder.isIgnorable(value) else {
                    altPending = false
                    continue
                }
                if altPending {
                    flushText()
                    textStartsWithAlt = true
                    altPending = false
                }
                text.append(scalar)
            case .keyCode(let code):
                if let event = keyCodes[code] {
                    emit(event)
                } else {
                    flushText()
                    altPending = false
                }
            case .mouse(let state, let x, let y):
                flushText()
                altPending = false
                events.append(contentsOf: decodeMouse(buttonState: state, x: x, y: y))
            }
        }
        flushText()
        if altPending { events.append(.key(KeyEvent(.escape))) }
        return events
    }

    /// The key for a C0 control character or DEL, or nil for a printable scalar.
    static func controlKey(_ value: UInt32) -> KeyEvent? {
        switch value {
        case 0x09: return KeyEvent(.tab)
        case 0x0A, 0x0D: return KeyEvent(.enter)
        case 0x08, 0x7F: return KeyEvent(.backspace)
        case 0x00: return KeyEvent(.character(" "), modifiers: .control)
        case 0x01...0x1A:
            return KeyEvent(.character(Character(Unicode.Scalar(value + 0x60)!)), modifiers: .control)
        case 0x1C: return .control("\\")
        case 0x1D: return .control("]")
        case 0x1E: return .control("^")
        case 0x1F: return .control("_")
        default: return nil
        }
    }

    /// C1 controls (which no key produces in a UTF-8 terminal) and surrogates are dropped.
    static func isIgnorable(_ value: UInt32) -> Bool {
        (0x80..<0xA0).contains(value)
    }

    /// The events for one mouse report.
    func decodeMouse(buttonState state: UInt, x: Int, y: Int) -> [InputEvent] {
        let m = mouseMasks
        var modifiers: KeyModifiers = []
        if state & m.shift != 0 { modifiers.insert(.shift) }
        if state & m.control != 0 { modifiers.insert(.control) }
        if state & m.alt != 0 { modifiers.insert(.alt) }
        let position = Position(x: x, y: y)
        var events: [InputEvent] = []
        func add(_ action: MouseAction) {
            events.append(.mouse(MouseEvent(action, at: position, modifiers: modifiers)))
        }
        if m.wheelUp != 0, state & m.wheelUp != 0 { add(.scrollUp) }
        if m.wheelDown != 0, state & m.wheelDown != 0 { add(.scrollDown) }
        let buttons: [(MouseButton, UInt, UInt, UInt)] = [
            (.left, m.leftPressed, m.leftReleased, m.leftClicked),
            (.middle, m.middlePressed, m.middleReleased, m.middleClicked),
            (.right, m.rightPressed, m.rightReleased, m.rightClicked),
        ]
        for (button, pressed, released, clicked) in buttons {
            if state & pressed != 0 { add(.press(button)) }
            if state & clicked != 0 {
                add(.press(button))
                add(.release(button))
            }
            if state & released != 0 { add(.release(button)) }
        }
        return events
    }
}
