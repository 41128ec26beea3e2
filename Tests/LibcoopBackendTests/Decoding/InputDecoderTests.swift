import CNcurses
import LibcoopRender
import Testing
@testable import LibcoopBackend

@Suite("Input decoding")
struct InputDecoderTests {
    let decoder = InputDecoder()

    func characters(_ text: String) -> [RawInput] {
        text.unicodeScalars.map { .character($0.value) }
    }

    func keys(_ events: [InputEvent]) -> [KeyEvent] {
        events.compactMap { if case .key(let key) = $0 { key } else { nil } }
    }

    @Test("Plain ASCII, one event per character")
    func ascii() {
        #expect(keys(decoder.decode(characters("q/"))) == [KeyEvent(.character("q")), KeyEvent(.character("/"))])
    }

    @Test("Chinese committed by an IME arrives as whole characters")
    func chinese() {
        #expect(decoder.decode(characters("中文")) == InputEvent.typing("中文"))
    }

    @Test("Scalars of one grapheme cluster become one key: combining mark, ZWJ emoji, flag")
    func clusters() {
        #expect(keys(decoder.decode(characters("e\u{301}"))) == [KeyEvent(.character("e\u{301}"))])
        #expect(keys(decoder.decode(characters("👨‍👩‍👧"))) == [KeyEvent(.character("👨‍👩‍👧"))])
        #expect(keys(decoder.decode(characters("🇨🇳a"))) == [KeyEvent(.character("🇨🇳")), KeyEvent(.character("a"))])
    }

    @Test("Enter, Tab, Backspace and Ctrl keys")
    func controlKeys() {
        let events = keys(decoder.decode([.character(13), .character(10), .character(9), .character(127),
                                          .character(8), .character(1), .character(23), .character(0), .character(0x1F)]))
        #expect(events == [
            KeyEvent(.enter), KeyEvent(.enter), KeyEvent(.tab), KeyEvent(.backspace), KeyEvent(.backspace),
            .control("a"), .control("w"), KeyEvent(.character(" "), modifiers: .control), .control("_"),
        ])
    }

    @Test("A lone ESC is Escape; ESC followed at once by a key is Alt")
    func escape() {
        #expect(keys(decoder.decode([.character(27)])) == [KeyEvent(.escape)])
        #expect(keys(decoder.decode([.character(27), .character(0x78)])) == [.alt("x")])
        #expect(keys(decoder.decode([.character(27), .character(0x78), .character(0x79)]))
                == [.alt("x"), KeyEvent(.character("y"))])
        #expect(keys(decoder.decode([.character(27), .keyCode(KEY_UP)])) == [KeyEvent(.up, modifiers: .alt)])
        #expect(keys(decoder.decode([.character(27), .character(27)])) == [KeyEvent(.escape), KeyEvent(.escape)])
        #expect(keys(decoder.decode([.character(27), .character(2)])) == [KeyEvent(.character("b"), modifiers: [.control, .alt])])
    }

    @Test("ncurses key codes: arrows, paging, Home/End, Shift-Tab, Delete, function keys")
    func keyCodes() {
        let codes: [Int32] = [KEY_UP, KEY_DOWN, KEY_LEFT, KEY_RIGHT, KEY_HOME, KEY_END, KEY_PPAGE, KEY_NPAGE,
                              KEY_BTAB, KEY_DC, KEY_IC, KEY_BACKSPACE, KEY_ENTER, libcoop_key_f(1), libcoop_key_f(12),
                              libcoop_key_f(17), KEY_SLEFT, KEY_SR]
        #expect(keys(decoder.decode(codes.map { .keyCode($0) })) == [
            KeyEvent(.up), KeyEvent(.down), KeyEvent(.left), KeyEvent(.right), KeyEvent(.home), KeyEvent(.end),
            KeyEvent(.pageUp), KeyEvent(.pageDown), KeyEvent(.backTab), KeyEvent(.delete), KeyEvent(.insert),
            KeyEvent(.backspace), KeyEvent(.enter), KeyEvent(.function(1)), KeyEvent(.function(12)),
            KeyEvent(.function(5), modifiers: .shift), KeyEvent(.left, modifiers: .shift), KeyEvent(.up, modifiers: .shift),
        ])
    }

    @Test("Extended key codes from terminfo (kUP5 and friends) map to modified keys")
    func extendedCodes() {
        let decoder = InputDecoder(extraKeyCodes: [600: KeyEvent(.up, modifiers: .control)])
        #expect(keys(decoder.decode([.keyCode(600)])) == [KeyEvent(.up, modifiers: .control)])
        #expect(KeyCodeTable.modifiedKeyCapabilities().contains { $0.name == "kRIT5" && $0.event == KeyEvent(.right, modifiers: .control) })
    }

    @Test("Unknown key codes and C1 controls are dropped")
    func dropped() {
        #expect(decoder.decode([.keyCode(0o777), .character(0x9B)]).isEmpty)
    }

    @Test("A mixed burst keeps its order")
    func mixedBurst() {
        let burst: [RawInput] = characters("图") + [.keyCode(KEY_DOWN)] + characters("a") + [.character(13)]
        #expect(keys(decoder.decode(burst)) == [
            KeyEvent(.character("图")), KeyEvent(.down), KeyEvent(.character("a")), KeyEvent(.enter),
        ])
    }

    @Test("Mouse presses, releases, clicks and wheel turns, with modifiers")
    func mouse() {
        let m = MouseMasks.ncurses
        #expect(decoder.decode([.mouse(buttonState: m.leftPressed, x: 3, y: 4)])
                == [.mouse(MouseEvent(.press(.left), at: Position(x: 3, y: 4)))])
        #expect(decoder.decode([.mouse(buttonState: m.rightReleased, x: 0, y: 0)])
                == [.mouse(MouseEvent(.release(.right), at: .origin))])
        #expect(decoder.decode([.mouse(buttonState: m.wheelUp, x: 1, y: 1)])
                == [.mouse(MouseEvent(.scrollUp, at: Position(x: 1, y: 1)))])
        #expect(decoder.decode([.mouse(buttonState: m.wheelDown | m.control, x: 1, y: 1)])
                == [.mouse(MouseEvent(.scrollDown, at: Position(x: 1, y: 1), modifiers: .control))])
        #expect(decoder.decode([.mouse(buttonState: m.leftClicked, x: 2, y: 2)]) == [
            .mouse(MouseEvent(.press(.left), at: Position(x: 2, y: 2))),
            .mouse(MouseEvent(.release(.left), at: Position(x: 2, y: 2))),
        ])
        #expect(m.wheelDown != 0, "this ncurses build reports the wheel as buttons 4 and 5")
    }

    @Test("Key descriptions read well in hints and status lines")
    func descriptions() {
        #expect(KeyEvent.control("a").description == "Ctrl-A")
        #expect(KeyEvent(.backTab).description == "Shift-Tab")
        #expect(KeyEvent(.pageDown).description == "PgDn")
        #expect(KeyEvent(.up, modifiers: .alt).description == "Alt-↑")
        #expect(KeyEvent(.character("图")).description == "图")
        #expect(KeyEvent(.character(" ")).description == "Space")
    }
}
