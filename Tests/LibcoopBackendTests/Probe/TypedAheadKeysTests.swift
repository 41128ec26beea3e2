import Testing
@testable import LibcoopBackend

/// Keys typed during the start-up probe, as they are given back to ncurses: plain bytes as
/// themselves, a cursor key as its code, in either keypad form.
@Suite struct TypedAheadKeysTests {
    /// A terminal description with the application-mode cursor keys, as tmux's and xterm's have.
    static let known: [[UInt8]: Int32] = [
        Array("\u{1B}OA".utf8): 259, Array("\u{1B}OB".utf8): 258, Array("\u{1B}[5~".utf8): 339,
    ]

    static func keys(_ text: String) -> [Int32] {
        TypedAheadKeys.keys(from: Array(text.utf8)) { known[$0] }
    }

    @Test("Down typed in the normal form (ESC [ B) is the key the description names ESC O B")
    func normalFormCursorKeysBecomeTheirCodes() {
        #expect(Self.keys("3\u{1B}[Bj") == [Int32(UInt8(ascii: "3")), 258, Int32(UInt8(ascii: "j"))])
        #expect(Self.keys("\u{1B}OA") == [259])
        #expect(Self.keys("\u{1B}[5~") == [339])
    }

    @Test("bytes that are no known key stay as they are: text, UTF-8, an Alt key, an unknown sequence")
    func otherBytesStay() {
        #expect(Self.keys("张") == Array("张".utf8).map(Int32.init))
        #expect(Self.keys("\u{1B}x") == [27, Int32(UInt8(ascii: "x"))])
        #expect(Self.keys("\u{1B}[Z") == Array("\u{1B}[Z".utf8).map(Int32.init))
        #expect(Self.keys("\u{1B}") == [27])
    }
}
