/// A free-text note that may hold the same thing in both languages, as the sample's notes do:
/// `2022年5月30日调研时正在建设。Being built at the visit of 2022-05-30.` or
/// `特色区域 (featured area)`. The browser shows the half in the UI's language, and the other
/// half only when there is none.
struct BilingualNote: Hashable, Sendable {
    /// The Chinese half, or the whole note when it is Chinese only; nil when it has no Chinese.
    var chinese: String?
    /// The English half, or the whole note when it has no Chinese; nil when it is Chinese only.
    var english: String?

    /// Splits `text` at the first place where a Chinese part ends (a Han character or Chinese
    /// punctuation) and an English part begins (a Latin letter), when what follows is mostly
    /// Latin; or a trailing `(English)` after Chinese. A note that is one language, or that no
    /// such place divides, is kept whole.
    init(_ text: String) {
        let characters = Array(text)
        if Self.hanCount(characters) == 0 {
            self.init(chinese: nil, english: text)
            return
        }
        if let split = Self.sentenceSplit(characters) ?? Self.parentheticalSplit(characters) {
            self.init(chinese: split.chinese, english: split.english)
            return
        }
        self.init(chinese: text, english: nil)
    }

    init(chinese: String?, english: String?) {
        self.chinese = chinese
        self.english = english
    }

    /// The half in `language`, else the other one.
    func text(_ language: Language) -> String {
        (language == .english ? english ?? chinese : chinese ?? english) ?? ""
    }

    /// `note`'s half in `language`; nil when there is no note.
    static func text(_ note: String?, _ language: Language) -> String? {
        note.map { BilingualNote($0).text(language) }
    }

    // MARK: Finding the boundary

    private static func sentenceSplit(_ characters: [Character]) -> (chinese: String, english: String)? {
        for index in characters.indices.dropFirst() where isLatinLetter(characters[index]) {
            var before = index - 1
            while before > 0 && characters[before] == " " { before -= 1 }
            guard isChinese(characters[before]) else { continue }
            let head = Array(characters[...before])
            let rest = Array(characters[index...])
            if latinLetterCount(rest) > hanCount(rest) * 2 && hanCount(head) > latinLetterCount(head) {
                return (String(head), String(rest))
            }
        }
        return nil
    }

    private static func parentheticalSplit(_ characters: [Character]) -> (chinese: String, english: String)? {
        guard characters.last == ")", let open = characters.lastIndex(of: "("), open > 0 else { return nil }
        let inside = Array(characters[(open + 1)..<(characters.count - 1)])
        let head = String(characters[..<open]).trimmingTrailingSpaces
        guard hanCount(inside) == 0, latinLetterCount(inside) > 0, !head.isEmpty, hanCount(Array(head)) > 0 else { return nil }
        return (head, String(inside))
    }

    private static func isLatinLetter(_ character: Character) -> Bool {
        character.isASCII && character.isLetter
    }

    private static func isHan(_ character: Character) -> Bool {
        character.unicodeScalars.first.map { scalar in
            (0x3400...0x4DBF).contains(scalar.value) || (0x4E00...0x9FFF).contains(scalar.value)
                || (0xF900...0xFAFF).contains(scalar.value) || (0x20000...0x3FFFF).contains(scalar.value)
        } ?? false
    }

    /// A Han character or Chinese punctuation (`。`, `；`, `”`, full-width forms).
    private static func isChinese(_ character: Character) -> Bool {
        if isHan(character) { return true }
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x3000...0x303F).contains(value) || (0xFF00...0xFFEF).contains(value) || value == 0x201D || value == 0x2019
    }

    private static func hanCount(_ characters: [Character]) -> Int {
        characters.reduce(0) { $0 + (isHan($1) ? 1 : 0) }
    }

    private static func latinLetterCount(_ characters: [Character]) -> Int {
        characters.reduce(0) { $0 + (isLatinLetter($1) ? 1 : 0) }
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
