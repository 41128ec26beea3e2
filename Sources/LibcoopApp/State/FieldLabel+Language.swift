import LibcoopCore

extension FieldLabel {
    /// The label in `language`: what detail views print before a field's value.
    public func text(in language: Language) -> String {
        language.pick(chinese, english)
    }
}
