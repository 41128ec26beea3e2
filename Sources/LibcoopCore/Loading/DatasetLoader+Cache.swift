/// Loading through the dataset cache: the same datasets and the same problems as loading the
/// files, sooner when a snapshot of unchanged files is kept (see `DatasetCache`).
///
/// A snapshot is kept only of a dataset that loaded without a problem, and read only by the
/// build that kept it (`BuildStamp`), so it is used without validating it again: the cache makes
/// loading faster but never changes its outcome. After a load from the
/// files, `CachedLoad.snapshot` keeps the dataset for the next start; store it when it costs the
/// user nothing (the browser does after its first frame).
extension DatasetLoader {
    /// Loads like `load(paths:preparing:)`.
    public static func load<Prepared: Sendable>(
        paths: [String], cache: DatasetCache?, preparing prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> CachedLoad<Prepared> {
        if let cached = fromCache(paths: paths, cache: cache, prepare: prepare) { return cached }
        return try fromFiles(paths: paths, cache: cache, staffNames: nil, prepare: prepare)
    }

    /// Loads like `load(paths:preparingBeforeStaffIndex:)`: `staffIndex` is still to be finished.
    public static func load<Prepared: Sendable>(
        paths: [String], cache: DatasetCache?, preparingBeforeStaffIndex prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (loaded: CachedLoad<Prepared>, staffIndex: PendingStaffIndex) {
        if let cached = fromCache(paths: paths, cache: cache, prepare: prepare) {
            return (cached, PendingStaffIndex(stream: nil, dataset: cached.dataset))
        }
        let staffNames = StaffIndexStream()
        let loaded = try fromFiles(paths: paths, cache: cache, staffNames: staffNames, prepare: prepare)
        return (loaded, PendingStaffIndex(stream: staffNames, dataset: loaded.dataset))
    }

    /// Loads like `load(paths:preparingWithStaffIndex:)`.
    public static func load<Prepared: Sendable>(
        paths: [String], cache: DatasetCache?, preparingWithStaffIndex prepare: @Sendable (Dataset, StaffSearchIndex) -> Prepared
    ) throws(DatasetLoadError) -> CachedLoad<Prepared> {
        if cache != nil {
            // The names are folded on the second core while the snapshot is decoded, as for a file.
            let staffNames = StaffIndexStream()
            let cached = fromCache(paths: paths, cache: cache, staffNames: staffNames) { dataset in
                prepare(dataset, staffNames.finish(staff: dataset.staff, libraries: dataset.libraries, organizations: dataset.organizations))
            }
            if let cached { return cached }
        }
        let staffNames = StaffIndexStream()
        return try fromFiles(paths: paths, cache: cache, staffNames: staffNames) { dataset in
            prepare(dataset, staffNames.finish(staff: dataset.staff, libraries: dataset.libraries, organizations: dataset.organizations))
        }
    }

    /// The dataset kept for `paths`, prepared; `nil` when there is none or it is stale. It was
    /// validated before it was kept, by this build (`BuildStamp`), and is not validated again.
    /// With `staffNames`, the names go to it as the snapshot is decoded; it is always closed.
    private static func fromCache<Prepared: Sendable>(
        paths: [String], cache: DatasetCache?, staffNames: StaffIndexStream? = nil, prepare: @Sendable (Dataset) -> Prepared
    ) -> CachedLoad<Prepared>? {
        guard let cache, let dataset = cache.dataset(for: paths, staffNames: staffNames) else {
            staffNames?.close(discarding: true)
            return nil
        }
        staffNames?.close(discarding: false)
        return CachedLoad(dataset: dataset, prepared: prepare(dataset), isFromCache: true, snapshot: PendingSnapshot(cache: nil, dataset: dataset, sources: []))
    }

    /// Loads the files, noting their stamps for a snapshot: size and time from before they are
    /// read, the fingerprint of what was decoded (so a file changed meanwhile is never cached as
    /// its new self).
    private static func fromFiles<Prepared: Sendable>(
        paths: [String], cache: DatasetCache?, staffNames: StaffIndexStream?, prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> CachedLoad<Prepared> {
        let canonical = cache == nil ? nil : DatasetCache.canonicalPaths(paths)
        let statuses = canonical?.map(SourceStamp.status(of:))
        let loaded = try loadNotingFingerprints(paths: paths, staffNames: staffNames, prepare: prepare)
        var sources: [SourceStamp] = []
        if let canonical, let statuses {
            for (index, path) in canonical.enumerated() {
                guard let status = statuses[index], let fingerprint = loaded.fingerprints[index], fingerprint.count == status.size else {
                    sources = []
                    break
                }
                sources.append(SourceStamp(
                    path: path, size: status.size, modifiedSeconds: status.seconds,
                    modifiedNanoseconds: status.nanoseconds, fingerprint: fingerprint.hash
                ))
            }
        }
        let keeping = sources.isEmpty || sources.reduce(0, { $0 + $1.size }) < (cache?.minimumSourceBytes ?? 0) ? nil : cache
        return CachedLoad(dataset: loaded.dataset, prepared: loaded.prepared, isFromCache: false,
                          snapshot: PendingSnapshot(cache: keeping, dataset: loaded.dataset, sources: sources))
    }
}

/// What a load through the cache gives: the dataset, what was prepared from it, whether it came
/// from a snapshot, and the snapshot still to be kept.
public struct CachedLoad<Prepared: Sendable>: Sendable {
    public let dataset: Dataset
    public let prepared: Prepared
    public let isFromCache: Bool
    public let snapshot: PendingSnapshot
}

/// A snapshot of a dataset just loaded from its files, not written yet: `store()` writes it
/// (encoding and writing take a fraction of the load; the browser does it after its first frame).
/// Does nothing when there is no cache, the dataset came from it, or a file was not a regular file.
public struct PendingSnapshot: Sendable {
    let cache: DatasetCache?
    let dataset: Dataset
    let sources: [SourceStamp]

    /// Whether `store()` will write anything.
    public var isNeeded: Bool { cache != nil }

    public func store() {
        cache?.store(dataset, sources: sources)
    }
}
