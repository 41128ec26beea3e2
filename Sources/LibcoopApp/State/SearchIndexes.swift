import LibcoopCore

/// The browser's two search indexes, staff (`/`) and every record (`:`). At national scale they
/// are built in the background after the first frame (`BrowserData.searchIndexes` is nil until
/// `BrowserMessage.indexed` brings them), so the browser opens without waiting for them.
public struct SearchIndexes: Sendable {
    public let staff: StaffSearchIndex
    public let records: RecordSearchIndex
    /// How wide the `/` search's columns are, from all the staff.
    public let staffColumns: StaffColumnWidths

    /// Builds the record index of `dataset` around `staff`, which must index `dataset.staff`.
    public init(dataset: Dataset, staff: StaffSearchIndex) {
        self.staff = staff
        records = RecordSearchIndex(dataset, staffIndex: staff)
        staffColumns = StaffColumnWidths(dataset: dataset, staff: staff)
    }
}
