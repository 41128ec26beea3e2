/// A field's or a kind's name for people, in Chinese and English, for detail views and forms.
public struct FieldLabel: Sendable, Hashable {
    public var chinese: String
    public var english: String

    public init(_ chinese: String, _ english: String) {
        self.chinese = chinese
        self.english = english
    }
}
