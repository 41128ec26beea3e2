import Testing
@testable import LibcoopRender

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII is one column per character")
    func ascii() {
        #expect("".displayWidth == 0)
        #expect("abc".displayWidth == 3)
        #expect("Library 42!".displayWidth == 11)
    }

    @Test("Han, kana, Hangul and fullwidth forms take two columns")
    func wide() {
        #expect("图书馆".displayWidth == 6)
        #expect("市图书馆与区图书馆".displayWidth == 18)
        #expect("かな".displayWidth == 4)
        #expect("한국".displayWidth == 4)
        #expect("ＡＢＣ１".displayWidth == 8)
        #expect("，。（）「」".displayWidth == 12)
        #expect("\u{3000}".displayWidth == 2)  // ideographic space
        #expect("𠀀".displayWidth == 2)  // CJK extension B
    }

    @Test("Mixed Chinese and Latin")
    func mixed() {
        #expect("第3分馆 Branch".displayWidth == 2 + 1 + 4 + 7)
        #expect("ISBN：978-7".displayWidth == 4 + 2 + 5)
    }

    @Test("Combining marks join their base")
    func combining() {
        #expect("e\u{301}".displayWidth == 1)
        #expect("Ame\u{301}lie".displayWidth == 6)
        #expect("a\u{300}\u{301}\u{302}".displayWidth == 1)
        #expect("图\u{301}".displayWidth == 2)
        #expect("\u{1100}\u{1161}\u{11A8}".displayWidth == 2)  // conjoining Hangul jamo: 각
    }

    @Test("Emoji, emoji with VS16, ZWJ sequences, modifiers and flags take two columns")
    func emoji() {
        #expect("😀".displayWidth == 2)
        #expect("👍🏽".displayWidth == 2)
        #expect("👨‍👩‍👧‍👦".displayWidth == 2)
        #expect("❤️".displayWidth == 2)
        #expect("❤".displayWidth == 1)
        #expect("🇨🇳".displayWidth == 2)
        #expect("1️⃣".displayWidth == 2)
        #expect("📚读书".displayWidth == 6)
        #expect("🫠".displayWidth == 2)  // Unicode 14
        #expect("🫨".displayWidth == 2)  // Unicode 15, from the standard library's emoji data
    }

    @Test("Zero-width and control characters take no column")
    func zeroWidth() {
        #expect("\u{200B}".displayWidth == 0)
        #expect("a\u{200B}b".displayWidth == 2)
        #expect("\u{FEFF}".displayWidth == 0)
        #expect("\u{1B}".displayWidth == 0)
        #expect("\u{9B}".displayWidth == 0)
        #expect("\u{7F}".displayWidth == 0)
    }

    @Test("East Asian Ambiguous is narrow by default and wide on request")
    func ambiguous() {
        #expect("°±§".displayWidth == 3)
        #expect("°±§".displayWidth(ambiguous: .wide) == 6)
        #expect("αβγ".displayWidth(ambiguous: .wide) == 6)
        #expect("abc".displayWidth(ambiguous: .wide) == 3)
        #expect("图书".displayWidth(ambiguous: .wide) == 4)
        AmbiguousWidth.$current.withValue(.wide) {
            #expect("※".displayWidth == 2)
            #expect(Character("※").displayWidth == 2)
        }
        #expect("※".displayWidth == 1)
    }

    @Test("Character width agrees with String width")
    func characterWidth() {
        #expect(Character("中").displayWidth == 2)
        #expect(Character("a").displayWidth == 1)
        #expect(Character("e\u{301}").displayWidth == 1)
        #expect(Character("\u{200B}").displayWidth == 0)
    }
}
