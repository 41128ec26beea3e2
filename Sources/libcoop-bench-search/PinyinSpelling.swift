import Foundation

/// English spellings of Chinese names for the synthetic staff ("Zhang Qingwen"), through ICU,
/// one call per distinct character.
struct PinyinSpelling {
    private var syllables: [Character: String] = [:]

    /// The name's pinyin without tones, run together, first letter capitalised.
    mutating func capitalized(_ name: String) -> String {
        var text = ""
        for character in name {
            if let known = syllables[character] {
                text += known
                continue
            }
            let latin = String(character).applyingTransform(StringTransform("Han-Latin; Latin-ASCII"), reverse: false) ?? ""
            let syllable = latin.lowercased().filter { $0.isLetter }
            syllables[character] = syllable
            text += syllable
        }
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
