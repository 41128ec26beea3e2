/// Makes text from data safe to show on a terminal.
///
/// A terminal obeys control characters and escape sequences in what it is sent: a record that
/// contains `ESC [ 2 J` would clear the screen, an OSC sequence could retitle the window or
/// write to the clipboard, and bidirectional overrides can make text read differently from
/// what it is. Every string the render layer draws passes through `sanitized(_:)`, and the
/// command-line output should too.
public enum TerminalText {
    /// Returns `text` with every character that could drive the terminal replaced by a visible
    /// placeholder:
    /// - C0 controls U+0000–U+001F (including ESC, tab, CR and LF) become the matching Control
    ///   Pictures symbol U+2400–U+241F (`␛` for ESC, `␉` for tab, `␊` for LF);
    /// - DEL becomes `␡`;
    /// - C1 controls U+0080–U+009F (CSI U+009B, OSC U+009D, …) become `\u{9B}`-style text;
    /// - bidirectional embedding, override and isolate controls (U+202A–U+202E,
    ///   U+2066–U+2069) and the line/paragraph separators U+2028/U+2029 become `\u{202E}`-style
    ///   text, so they can neither reorder nor break the line.
    ///
    /// Text without such characters is returned unchanged (no copy). O(n).
    public static func sanitized(_ text: String) -> String {
        guard needsSanitizing(text) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if needsPlaceholder(scalar) {
                result.append(contentsOf: placeholder(for: scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// Whether `text` contains anything `sanitized(_:)` would replace.
    public static func needsSanitizing(_ text: String) -> Bool {
        let cleared = text.utf8.withContiguousStorageIfAvailable { !mayNeedSanitizing(utf8: $0) } ?? false
        return !cleared && text.unicodeScalars.contains(where: needsPlaceholder)
    }

    /// False when UTF-8 `bytes` certainly hold nothing `sanitized(_:)` would replace: none of the
    /// bytes such characters are encoded with (below 0x20, 0x7F, the lead bytes 0xC2 of C1
    /// controls and 0xE2 of U+2028–U+2069). Most text is cleared by this byte scan alone.
    public static func mayNeedSanitizing(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xE2 }
    }

    /// Whether a scalar must not reach the terminal as is.
    static func needsPlaceholder(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (v >= 0x7F && v < 0xA0) { return true }
        if v < 0x2028 { return false }
        return (v >= 0x2028 && v <= 0x2029) || (v >= 0x202A && v <= 0x202E)
            || (v >= 0x2066 && v <= 0x2069)
    }

    /// The visible stand-in for a scalar that `needsPlaceholder` selects.
    static func placeholder(for scalar: Unicode.Scalar) -> String {
        let v = scalar.value
        if v < 0x20 { return String(Character(Unicode.Scalar(0x2400 + v)!)) }
        if v == 0x7F { return "\u{2421}" }
        return "\\u{" + String(v, radix: 16, uppercase: true) + "}"
    }
}
