/// Marks one derivation of a value (a load's `BrowserData`, a library's `LibraryRecords`): two
/// values carrying the same stamp were derived together, so a memo such as `BackdropMemo` can
/// tell them apart from any other by reference instead of comparing their contents.
final class DerivationStamp: Equatable, Sendable {
    init() {}

    /// The same derivation: the same object, whatever it marks.
    static func == (a: DerivationStamp, b: DerivationStamp) -> Bool { a === b }
}
