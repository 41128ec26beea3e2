/// A staff search index still being built when the dataset it indexes has already been handed
/// back: what `DatasetLoader.load(paths:preparingBeforeStaffIndex:)` gives the browser, so its
/// first frame does not wait for the index. A dataset read from the cache has no names folded
/// yet: its index is then built whole by `finish()`.
///
/// `finish()` waits for the names still being folded on the loader's second thread and ranks
/// them; call it once, from a thread that may block (the browser's background work). The index
/// it makes is the one `StaffSearchIndex(dataset)` makes from the same staff.
public final class PendingStaffIndex: @unchecked Sendable {
    private let stream: StaffIndexStream?
    private let staff: [StaffMember]
    private let libraries: [Library]
    private let organizations: [Organization]

    init(stream: StaffIndexStream?, dataset: Dataset) {
        self.stream = stream
        staff = dataset.staff
        libraries = dataset.libraries
        organizations = dataset.organizations
    }

    /// The finished index. Blocks until every name is in; call once.
    public func finish() -> StaffSearchIndex {
        guard let stream else { return StaffSearchIndex(staff: staff, libraries: libraries, organizations: organizations) }
        return stream.finish(staff: staff, libraries: libraries, organizations: organizations)
    }
}
