/// A record's JSON text on its way through the user's editor into a dataset file: an existing
/// record (`RecordEdit`) or, later, a new one. The editor loop of `libcoop edit` and of the
/// browser's `e` works on this, so both check and write the same way.
public protocol RecordDraft: Sendable {
    /// The file the record is written to.
    var path: String { get }
    /// The record the draft becomes once written (for a new record, known after `check`).
    var reference: RecordReference { get }
    /// The text the editor first shows, without comments.
    var initialText: [UInt8] { get }
    /// The `#` lines shown above the text: what the record is and what each member may hold.
    var fieldComments: [String] { get }
    /// A name for the editor's copy of the text, of safe characters only (`staff-zhangqingwen.json`).
    var fileName: String { get }
    /// Checks `edited` (what the editor saved, comments included) against the whole dataset.
    func check(_ edited: [UInt8]) -> RecordEdit.Outcome
    /// The record written from `text` (what `check` gave as `.ready`): a new record's id is
    /// known only then.
    func savedReference(_ text: [UInt8]) -> RecordReference
    /// Writes the file's new bytes (from `.ready`), if the file still holds what was loaded;
    /// `temporaryFile` follows the temporary file (see `DatasetFileReplacement.replace`).
    func write(_ fileBytes: [UInt8], temporaryFile: (String?) -> Void) throws(DatasetFileReplacement.Failure)
}

extension RecordDraft {
    public func savedReference(_ text: [UInt8]) -> RecordReference { reference }

    public var fileName: String {
        let safeIdentifier = String(reference.id.unicodeScalars.map {
            $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") ? Character($0) : "_"
        })
        return "\(reference.kind.rawValue)-\(safeIdentifier).json"
    }
}
