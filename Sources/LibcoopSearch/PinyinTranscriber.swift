import Foundation

/// Toneless pinyin of single Han characters, from ICU's Han-Latin transform through Foundation.
///
/// ICU is asked once per distinct character and the answer kept: a million names use a few
/// thousand distinct characters, and one ICU call per name would cost seconds. `prepare` asks
/// about many characters in one call, since each call builds ICU's transliterator anew.
struct PinyinTranscriber {
    private var cache: [Unicode.Scalar: [[UInt8]]] = [:]

    /// The readings of `scalar` in lowercase ASCII, ICU's first. A reading with ü is also given
    /// spelt with v, as pinyin keyboards type it (吕: `lu`, `lv`). Empty when ICU has no reading.
    mutating func readings(of scalar: Unicode.Scalar) -> [[UInt8]] {
        if let known = cache[scalar] { return known }
        let readings = Self.transcribe(scalar)
        cache[scalar] = readings
        return readings
    }

    /// Asks ICU about every character of `scalars` not asked about yet, in one call: the
    /// characters joined with line breaks, which the transform keeps, and the answer split on
    /// them (the Han-Latin transform reads each character alone when they are apart, as `readings`
    /// asks for it). If the answer does not split into one part per character nothing is kept,
    /// and `readings` asks one at a time.
    mutating func prepare(_ scalars: [Unicode.Scalar]) {
        var seen: Set<Unicode.Scalar> = []
        let unknown = scalars.filter { cache[$0] == nil && $0 != "\n" && seen.insert($0).inserted }
        guard unknown.count > 1 else { return }
        var joined = String.UnicodeScalarView()
        for (index, scalar) in unknown.enumerated() {
            if index > 0 { joined.append("\n") }
            joined.append(scalar)
        }
        guard let latin = String(joined).applyingTransform(.toLatin, reverse: false) else { return }
        let parts = latin.split(separator: "\n", omittingEmptySubsequences: false)
        guard parts.count == unknown.count else { return }
        for (scalar, part) in zip(unknown, parts) {
            cache[scalar] = Self.readings(ofLatin: String(part))
        }
    }

    /// How many distinct characters ICU has been asked about.
    var transcribedCount: Int { cache.count }

    private static func transcribe(_ scalar: Unicode.Scalar) -> [[UInt8]] {
        guard let latin = String(scalar).applyingTransform(.toLatin, reverse: false) else { return [] }
        return readings(ofLatin: latin)
    }

    /// The readings in what the Han-Latin transform made of one character.
    private static func readings(ofLatin latin: String) -> [[UInt8]] {
        var plain: [UInt8] = []
        var withV: [UInt8] = []
        var hasUmlaut = false
        for part in latin.decomposedStringWithCanonicalMapping.unicodeScalars {
            if part.isASCII, let letter = Self.lowercaseLetter(part) {
                plain.append(letter)
                withV.append(letter)
            } else if part == "\u{308}", withV.last == UInt8(ascii: "u") {
                withV[withV.count - 1] = UInt8(ascii: "v")
                hasUmlaut = true
            } else if part.isASCII || part.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                return []
            }
        }
        guard !plain.isEmpty else { return [] }
        return hasUmlaut ? [plain, withV] : [plain]
    }

    private static func lowercaseLetter(_ scalar: Unicode.Scalar) -> UInt8? {
        let value = UInt8(scalar.value)
        switch value {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return value
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return value + 32
        default: return nil
        }
    }
}
