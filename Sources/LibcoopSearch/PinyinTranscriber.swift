import Foundation

/// Toneless pinyin of single Han characters, from ICU's Han-Latin transform through Foundation.
///
/// ICU is asked once per distinct character and the answer kept: a million names use a few
/// thousand distinct characters, and one ICU call per name would cost seconds.
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

    /// How many distinct characters ICU has been asked about.
    var transcribedCount: Int { cache.count }

    private static func transcribe(_ scalar: Unicode.Scalar) -> [[UInt8]] {
        guard let latin = String(scalar).applyingTransform(.toLatin, reverse: false) else { return [] }
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
