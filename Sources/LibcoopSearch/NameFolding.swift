import Foundation

/// Brings names and queries to one form before they are compared: NFKC (full-width letters and
/// compatibility ideographs become the ordinary ones), lowercase, no diacritics on Latin letters,
/// and Simplified characters for Traditional ones (張慶文 → 张庆文), through ICU's
/// Traditional-Simplified transform.
///
/// Folded text is read as tokens: runs of ASCII letters and digits are words (`jiao`, `tony`),
/// every other letter or symbol is a character of its own (`焦`, `😀`), and spaces, punctuation and
/// marks only separate tokens (`·` in 买买提·艾力, the space in `Jiao Xiang`).
struct NameFolding {
    /// A piece of folded text.
    enum Token {
        /// A run of lowercase ASCII letters and digits.
        case word(ArraySlice<UInt8>)
        /// A character that is not ASCII, Simplified when it is Han.
        case character(Unicode.Scalar)
    }

    private var simplifiedForms: [Unicode.Scalar: Unicode.Scalar] = [:]

    /// `text` after NFKC, lowercasing and diacritic removal. Text made only of ASCII and unified
    /// Han ideographs, as nearly every Chinese name is, is returned unchanged (lowercasing ASCII is
    /// left to `tokens`), which keeps building an index for a million names fast.
    static func compatibilityFolded(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.isASCII || isUnifiedHan($0) }) { return text }
        return text.precomposedStringWithCompatibilityMapping
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    /// Whether `scalar` is a unified CJK ideograph (the basic block and extensions A to H).
    static func isUnifiedHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// Whether a non-ASCII scalar only separates tokens: spaces, punctuation, marks, format characters.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.properties.isWhitespace { return true }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation, .control, .format, .nonspacingMark, .spacingMark, .enclosingMark,
             .spaceSeparator, .lineSeparator, .paragraphSeparator:
            return true
        default:
            return false
        }
    }

    /// The lowercase form of an ASCII letter or digit, or `nil` for any other ASCII byte.
    static func wordByte(_ value: UInt32) -> UInt8? {
        switch value {
        case 0x61...0x7A, 0x30...0x39: UInt8(value)
        case 0x41...0x5A: UInt8(value + 32)
        default: nil
        }
    }

    /// The Simplified form of a Han character through ICU, asked once per character; any other
    /// scalar, or a character ICU maps to more than one, is returned as it is.
    mutating func simplified(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        guard Self.isUnifiedHan(scalar) else { return scalar }
        if let known = simplifiedForms[scalar] { return known }
        var result = scalar
        if let converted = String(scalar).applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) {
            let scalars = converted.unicodeScalars
            if scalars.count == 1, let only = scalars.first { result = only }
        }
        simplifiedForms[scalar] = result
        return result
    }

    /// Asks ICU for the Simplified form of every Han character of `scalars` not asked about yet,
    /// in one call (each ICU call builds its transliterator anew, which costs far more than
    /// converting one character): the characters are joined with line breaks, which the transform
    /// keeps, and the answer split on them. If the answer does not split into one part per
    /// character, nothing is kept and `simplified` asks one at a time, as before.
    mutating func prepareSimplified(_ scalars: [Unicode.Scalar]) {
        var seen: Set<Unicode.Scalar> = []
        let unknown = scalars.filter { Self.isUnifiedHan($0) && simplifiedForms[$0] == nil && seen.insert($0).inserted }
        guard unknown.count > 1 else { return }
        var joined = String.UnicodeScalarView()
        for (index, scalar) in unknown.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(scalar)
        }
        guard let converted = String(joined).applyingTransform(StringTransform("Traditional-Simplified"), reverse: false) else { return }
        let parts = converted.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        guard parts.count == unknown.count else { return }
        for (scalar, part) in zip(unknown, parts) {
            simplifiedForms[scalar] = part.count == 1 ? part[part.startIndex] : scalar
        }
    }

    /// Calls `body` with each token of `text` (which should already be `compatibilityFolded`). Han
    /// characters are passed as they are written; call `simplified` on those that need it. `scratch`
    /// holds the bytes of the current word and is reused between calls to avoid allocation.
    static func forEachToken(in text: String, scratch: inout [UInt8], _ body: (Token) -> Void) {
        scratch.removeAll(keepingCapacity: true)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                if let byte = wordByte(scalar.value) {
                    scratch.append(byte)
                    continue
                }
                if !scratch.isEmpty {
                    body(.word(scratch[...]))
                    scratch.removeAll(keepingCapacity: true)
                }
                continue
            }
            if !scratch.isEmpty {
                body(.word(scratch[...]))
                scratch.removeAll(keepingCapacity: true)
            }
            if isUnifiedHan(scalar) || !isSeparator(scalar) { body(.character(scalar)) }
        }
        if !scratch.isEmpty { body(.word(scratch[...])) }
    }
}
