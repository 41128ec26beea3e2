/// A record's name as the dataset gives it (the original, usually Chinese) together with its
/// English name, when there is one.
///
/// Users search and recognise the original names, so an English screen or table never shows the
/// English name alone: `englishWithOriginal` puts the original beside it (`Zhang Qingwen 张庆文`).
/// The browser and the commands both write names through this one type.
public struct NamePair: Hashable, Sendable {
    public var original: String
    public var english: String?

    public init(_ original: String, english: String?) {
        self.original = original
        self.english = english
    }

    /// `Zhang Qingwen 张庆文`: the English name, then the original; the original alone when there
    /// is no English name or it says the same.
    public var englishWithOriginal: String {
        guard let english, !english.isEmpty, english != original else { return original }
        guard !original.isEmpty else { return english }
        return english + " " + original
    }
}
