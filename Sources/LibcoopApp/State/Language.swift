import LibcoopCore

/// The language of the browser's labels and, where an English name exists, of record names.
public enum Language: String, Sendable, Hashable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    /// Chinese when the locale variables (`LC_ALL`, then `LC_MESSAGES`, then `LANG`) name a
    /// Chinese locale, otherwise English.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .chinese : .english
            }
        }
        return .english
    }

    /// The other language (the `L` key).
    public var toggled: Language { self == .chinese ? .english : .chinese }

    /// `chinese` or `english`, whichever this language is.
    public func pick(_ chinese: String, _ english: String) -> String {
        self == .chinese ? chinese : english
    }

    /// A record's name as this language shows it: the original in Chinese; in English the
    /// English name with the original beside it (`Zhang Qingwen 张庆文`, `NamePair`), so the
    /// original a user searches for is never hidden.
    func name(_ name: String, english: String?) -> String {
        self == .english ? NamePair(name, english: english).englishWithOriginal : name
    }

    /// `items` as a list in running text: `甲、乙` in Chinese, `A, B` in English.
    func list(_ items: [String]) -> String {
        items.joined(separator: pick("、", ", "))
    }

    /// `text` as an aside after a word: `（text）` in Chinese, ` (text)` in English.
    func aside(_ text: String) -> String {
        pick("（\(text)）", " (\(text))")
    }

    /// `text` in this language when the record has it, else the other language's (a field with
    /// an optional English form, such as a title or a description).
    func text(_ original: String?, english: String?) -> String? {
        self == .english ? (english ?? original) : original
    }
}
