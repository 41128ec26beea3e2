import Testing
@testable import LibcoopRender

@Suite("Truncating and padding by display width")
struct StringFittingTests {
    @Test("Text that fits is unchanged")
    func fits() {
        #expect("图书馆".truncated(toWidth: 6) == "图书馆")
        #expect("abc".truncated(toWidth: 10) == "abc")
    }

    @Test("Truncation ends with an ellipsis and never splits a wide character")
    func truncation() {
        #expect("图书馆合作记录".truncated(toWidth: 7) == "图书馆…")
        #expect("图书馆合作记录".truncated(toWidth: 6) == "图书… ")
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("图书馆".truncated(toWidth: 1) == "…")
        #expect("图书馆".truncated(toWidth: 2) == "… ")
        #expect("图书馆".truncated(toWidth: 0) == "")
        #expect("图书馆".truncated(toWidth: -3) == "")
        #expect("图书馆".truncated(toWidth: 3, ellipsis: "") == "图 ")
        #expect("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2) == "e\u{301}…")
        #expect("👨‍👩‍👧a".truncated(toWidth: 2) == "… ")
    }

    @Test("A truncated string is exactly as wide as asked", arguments: 1...12)
    func exactWidth(width: Int) {
        for text in ["市图书馆与第3分馆合作", "Library 图书馆 😀 e\u{301}", "αβγδεζηθικλμ"] {
            let cut = text.truncated(toWidth: width)
            #expect(cut.displayWidth == min(width, text.displayWidth))
        }
    }

    @Test("Padding by display width, with alignment")
    func padding() {
        #expect("图书".padded(toWidth: 6) == "图书  ")
        #expect("图书".padded(toWidth: 6, alignment: .trailing) == "  图书")
        #expect("图".padded(toWidth: 5, alignment: .center) == " 图  ")
        #expect("图书馆".padded(toWidth: 4) == "图书馆")
        #expect("图书馆合作".fitted(toWidth: 5) == "图书…")
        #expect("图".fitted(toWidth: 5) == "图   ")
    }
}
