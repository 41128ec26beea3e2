import Testing
@testable import LibcoopRender

@Suite("Sanitising text for the terminal")
struct TerminalTextTests {
    @Test("Plain text, Chinese and emoji pass unchanged")
    func unchanged() {
        for text in ["", "abc", "市图书馆", "📚 e\u{301}", "«»"] {
            #expect(TerminalText.sanitized(text) == text)
            #expect(!TerminalText.needsSanitizing(text))
        }
    }

    @Test("Escape sequences become visible and lose their ESC")
    func escapeSequences() {
        let clear = TerminalText.sanitized("a\u{1B}[2Jb")
        #expect(clear == "a\u{241B}[2Jb")
        let osc = TerminalText.sanitized("\u{1B}]52;c;ZXZpbA==\u{07}")
        #expect(osc == "\u{241B}]52;c;ZXZpbA==\u{2407}")
        #expect(!osc.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test("C0 controls map to Control Pictures, DEL to ␡")
    func c0() {
        #expect(TerminalText.sanitized("\u{0}") == "␀")
        #expect(TerminalText.sanitized("a\tb") == "a␉b")
        #expect(TerminalText.sanitized("1\r\n2") == "1␍␊2")
        #expect(TerminalText.sanitized("\u{7F}") == "␡")
    }

    @Test("C1 controls, including CSI, become \\u{…} text")
    func c1() {
        #expect(TerminalText.sanitized("\u{9B}31m") == "\\u{9B}31m")
        #expect(TerminalText.sanitized("\u{85}") == "\\u{85}")
    }

    @Test("Bidirectional overrides and isolates are neutralised")
    func bidi() {
        #expect(TerminalText.sanitized("abc\u{202E}fed") == "abc\\u{202E}fed")
        #expect(TerminalText.sanitized("\u{2066}x\u{2069}") == "\\u{2066}x\\u{2069}")
    }

    @Test("No scalar that could drive the terminal survives, whatever the input")
    func exhaustive() {
        var unsafe: [UInt32] = []
        for value in UInt32(0)..<0x3000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let result = TerminalText.sanitized("a" + String(Character(scalar)) + "b")
            if result.unicodeScalars.contains(where: TerminalText.needsPlaceholder) { unsafe.append(value) }
        }
        #expect(unsafe.isEmpty)
    }
}
