import CNcurses
import LibcoopRender

/// Maps ncurses key codes (`KEY_UP`, `KEY_F(5)`, …) to key events.
enum KeyCodeTable {
    /// The key codes every ncurses terminal description may produce.
    static func standard() -> [Int32: KeyEvent] {
        var table: [Int32: KeyEvent] = [
            KEY_UP: KeyEvent(.up), KEY_DOWN: KeyEvent(.down), KEY_LEFT: KeyEvent(.left), KEY_RIGHT: KeyEvent(.right),
            KEY_HOME: KeyEvent(.home), KEY_END: KeyEvent(.end), KEY_LL: KeyEvent(.end),
            KEY_PPAGE: KeyEvent(.pageUp), KEY_NPAGE: KeyEvent(.pageDown),
            KEY_BTAB: KeyEvent(.backTab), KEY_BACKSPACE: KeyEvent(.backspace),
            KEY_DC: KeyEvent(.delete), KEY_IC: KeyEvent(.insert), KEY_ENTER: KeyEvent(.enter),
            KEY_SLEFT: KeyEvent(.left, modifiers: .shift), KEY_SRIGHT: KeyEvent(.right, modifiers: .shift),
            KEY_SR: KeyEvent(.up, modifiers: .shift), KEY_SF: KeyEvent(.down, modifiers: .shift),
            KEY_SHOME: KeyEvent(.home, modifiers: .shift), KEY_SEND: KeyEvent(.end, modifiers: .shift),
            KEY_SDC: KeyEvent(.delete, modifiers: .shift), KEY_SIC: KeyEvent(.insert, modifiers: .shift),
            KEY_SPREVIOUS: KeyEvent(.pageUp, modifiers: .shift), KEY_SNEXT: KeyEvent(.pageDown, modifiers: .shift),
            KEY_A1: KeyEvent(.home), KEY_A3: KeyEvent(.pageUp), KEY_C1: KeyEvent(.end), KEY_C3: KeyEvent(.pageDown),
        ]
        for n in 1...12 {
            table[Int32(libcoop_key_f(Int32(n)))] = KeyEvent(.function(n))
            // xterm sends Shift-F1…F12 as F13…F24 and Ctrl-F1…F12 as F25…F36.
            table[Int32(libcoop_key_f(Int32(n + 12)))] = KeyEvent(.function(n), modifiers: .shift)
            table[Int32(libcoop_key_f(Int32(n + 24)))] = KeyEvent(.function(n), modifiers: .control)
        }
        return table
    }

    /// The terminfo extended capability names of modified keys (xterm style: `kUP5` is Ctrl-Up),
    /// with the key and modifiers each stands for.
    static func modifiedKeyCapabilities() -> [(name: String, event: KeyEvent)] {
        let keys: [(String, Key)] = [
            ("kUP", .up), ("kDN", .down), ("kLFT", .left), ("kRIT", .right), ("kHOM", .home), ("kEND", .end),
            ("kPRV", .pageUp), ("kNXT", .pageDown), ("kDC", .delete), ("kIC", .insert),
        ]
        let suffixes: [(Int, KeyModifiers)] = [
            (2, .shift), (3, .alt), (4, [.shift, .alt]), (5, .control), (6, [.control, .shift]),
            (7, [.control, .alt]), (8, [.control, .alt, .shift]),
        ]
        var result: [(name: String, event: KeyEvent)] = []
        for (prefix, key) in keys {
            for (suffix, modifiers) in suffixes {
                result.append(("\(prefix)\(suffix)", KeyEvent(key, modifiers: modifiers)))
            }
        }
        return result
    }
}
