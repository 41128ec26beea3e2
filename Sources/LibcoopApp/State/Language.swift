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

    /// A record's name in this language: the English name in English when there is one.
    func name(_ name: String, english: String?) -> String {
        if self == .english, let english, !english.isEmpty { return english }
        return name
    }
}
