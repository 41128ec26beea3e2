import Foundation
import LibcoopSearch

/// A fresh, readable id for a new record, made from its name as the sample's ids are: the toneless
/// pinyin of a run of Chinese characters written together (张庆文 → `zhangqingwen`, with the
/// surname readings the staff search uses), Latin words and numbers lowercased, the runs joined by
/// hyphens (`金陵图书馆 2024 Visit` → `jinlingtushuguan-2024-visit`), at most 48 characters cut at a
/// hyphen, and made unique among `taken` with `-2`, `-3`, ….
public enum RecordIdentifierMaker {
    static let maximumLength = 48

    /// The id for `name`, or nil when the name has nothing to make one from.
    public static func identifier(for name: String, taken: Set<String>) -> String? {
        var words: [String] = []
        var han = ""
        var latin = ""
        func endHan() {
            if !han.isEmpty { words.append(pinyin(of: han)) }
            han = ""
        }
        func endLatin() {
            if !latin.isEmpty { words.append(latin) }
            latin = ""
        }
        for scalar in name.unicodeScalars {
            if isHan(scalar) {
                endLatin()
                han.unicodeScalars.append(scalar)
            } else if let letter = asciiLetterOrDigit(scalar) {
                endHan()
                latin.append(letter)
            } else if scalar.properties.generalCategory == .nonspacingMark {
                continue
            } else {
                endHan()
                endLatin()
            }
        }
        endHan()
        endLatin()
        words = words.filter { !$0.isEmpty }
        guard !words.isEmpty else { return nil }
        var base = ""
        for word in words {
            let next = base.isEmpty ? word : base + "-" + word
            if next.count > maximumLength {
                if base.isEmpty { base = String(word.prefix(maximumLength)) }
                break
            }
            base = next
        }
        guard taken.contains(base) else { return base }
        var number = 2
        while taken.contains("\(base)-\(number)") { number += 1 }
        return "\(base)-\(number)"
    }

    /// The pinyin of a run of Chinese characters, syllables written together.
    private static func pinyin(of text: String) -> String {
        var builder = NameIndexBuilder(expectedCount: 1)
        builder.add(name: text, alias: nil)
        let index = builder.finish()
        return String(index.pinyin(ofRecord: 0).unicodeScalars.compactMap(asciiLetterOrDigit))
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// A Latin letter (diacritics dropped: é → e) or digit, lowercased.
    private static func asciiLetterOrDigit(_ scalar: Unicode.Scalar) -> Character? {
        guard let first = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first, first.isASCII else { return nil }
        switch first {
        case "a"..."z", "0"..."9": return Character(first)
        case "A"..."Z": return Character(Unicode.Scalar(first.value + 32)!)
        default: return nil
        }
    }
}
