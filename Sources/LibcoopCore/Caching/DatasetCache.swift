import Glibc

/// Snapshots of loaded datasets under `$XDG_CACHE_HOME/libcoop`, so a large dataset that has not
/// changed opens without being parsed again.
///
/// A snapshot is made only of a dataset that loaded without a problem, and is used only while
/// every file it came from has the same size, modification time and fingerprint (`SourceStamp`,
/// checked on every start), and only by the libcoop build that wrote it (`BuildStamp`): that build
/// validated the dataset before keeping it, and checksums over the snapshot catch any change
/// since, so it is not validated again. A cache file that is cut short, altered or from another
/// libcoop is removed or replaced at the next clean load. The folder holds at most `entryLimit` snapshots and `byteLimit` bytes, the least
/// recently used going first; nothing the cache does ever fails a command: a folder that cannot
/// be made or written just means no cache.
public struct DatasetCache: Sendable {
    /// The folder of snapshots.
    public let directory: String
    /// Datasets smaller than this (all files together) are not kept: they parse in a few
    /// milliseconds anyway. 1 MiB unless a test sets it.
    public let minimumSourceBytes: Int
    public static let byteLimit = 512 << 20
    public static let entryLimit = 8
    private static let suffix = ".snapshot"
    /// The libcoop build whose snapshots this cache reads and writes: this one, unless a test says.
    let build: UInt64

    public init(directory: String, minimumSourceBytes: Int = 1 << 20) {
        self.init(directory: directory, minimumSourceBytes: minimumSourceBytes, build: BuildStamp.current)
    }

    init(directory: String, minimumSourceBytes: Int, build: UInt64) {
        self.directory = directory
        self.minimumSourceBytes = minimumSourceBytes
        self.build = build
    }

    /// The folder the XDG base directory rules give: `$XDG_CACHE_HOME/libcoop` when that is an
    /// absolute path, else `$HOME/.cache/libcoop`; `nil` when neither can be formed.
    public static func standard(environment: [String: String]) -> DatasetCache? {
        if let base = environment["XDG_CACHE_HOME"], base.hasPrefix("/") {
            return DatasetCache(directory: base + "/libcoop")
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return DatasetCache(directory: home + "/.cache/libcoop")
        }
        return nil
    }

    /// The dataset cached for `paths`, when there is one and every file is unchanged. Reading the
    /// files' fingerprints and decoding the snapshot run on both cores at once. Names go to
    /// `staffNames` as the snapshot is decoded; when `nil` comes back, discard them.
    func dataset(for paths: [String], staffNames: StaffIndexStream? = nil) -> Dataset? {
        guard let canonical = Self.canonicalPaths(paths) else { return nil }
        let sizes = canonical.map { SourceStamp.status(of: $0)?.size ?? 0 }
        guard sizes.reduce(0, +) >= minimumSourceBytes else { return nil }
        let file = entryPath(for: canonical)
        guard let contents = try? FileBytes.contents(ofFile: file), contents.canBeReadAgain else { return nil }
        let bytes = contents.bytes
        let header = bytes.withUnsafeBytes { SnapshotFile.sources(in: $0, build: build) }
        guard let header else {
            unlink(file)
            return nil
        }
        guard header.sources.map(\.path) == canonical else { return nil }
        for source in header.sources {
            guard let status = SourceStamp.status(of: source.path), status.size == source.size,
                  status.seconds == source.modifiedSeconds, status.nanoseconds == source.modifiedNanoseconds else { return nil }
        }
        let recorded = header.sources
        let (unchanged, dataset) = BothAtOnce.run(
            { recorded.allSatisfy { SourceStamp.current(of: $0.path) == $0 } },
            { bytes.withUnsafeBytes { SnapshotFile.dataset(in: $0, snapshotStart: header.snapshotStart, staffNames: staffNames) } }
        )
        guard unchanged else { return nil }
        guard let dataset else {
            unlink(file)
            return nil
        }
        utimensat(AT_FDCWD, file, nil, 0)
        return dataset
    }

    /// Keeps a snapshot of `dataset`, loaded from files with these stamps (ignored when it cannot
    /// be written, or is larger than the whole cache may be), then trims the folder.
    func store(_ dataset: Dataset, sources: [SourceStamp]) {
        guard sources.reduce(0, { $0 + $1.size }) >= minimumSourceBytes else { return }
        let parts = SnapshotFile.encode(dataset, sources: sources, build: build)
        guard parts.reduce(0, { $0 + $1.count }) <= Self.byteLimit, makeDirectory() else { return }
        let file = entryPath(for: sources.map(\.path))
        let temporary = "\(file).tmp-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard descriptor >= 0 else { return }
        let written = parts.allSatisfy { part in
            part.withUnsafeBytes { buffer -> Bool in
                var offset = 0
                while offset < buffer.count {
                    let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if count < 0 && errno == EINTR { continue }
                    guard count > 0 else { return false }
                    offset += count
                }
                return true
            }
        }
        close(descriptor)
        guard written, rename(temporary, file) == 0 else {
            unlink(temporary)
            return
        }
        trim(keeping: file)
    }

    /// The snapshots in the folder and their sizes, newest use first.
    public func entries() -> [(path: String, bytes: Int)] {
        guard let folder = opendir(directory) else { return [] }
        defer { closedir(folder) }
        var found: [(path: String, bytes: Int, used: Int)] = []
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
            guard name.hasSuffix(Self.suffix) || name.contains(Self.suffix + ".tmp-") else { continue }
            var status = stat()
            let path = directory + "/" + name
            guard lstat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            found.append((path, Int(status.st_size), Int(status.st_mtim.tv_sec)))
        }
        return found.sorted { ($0.used, $0.path) > ($1.used, $1.path) }.map { ($0.path, $0.bytes) }
    }

    /// Removes every snapshot; returns how many files went.
    @discardableResult
    public func clear() -> Int {
        entries().reduce(0) { $0 + (unlink($1.path) == 0 ? 1 : 0) }
    }

    /// Removes the least recently used snapshots beyond the limits, and temporary files left by a
    /// libcoop that stopped while writing one. Another libcoop's file, still being written, stays.
    private func trim(keeping kept: String) {
        var total = 0
        var count = 0
        for entry in entries() {
            if !entry.path.hasSuffix(Self.suffix) {
                if Self.isAbandoned(entry.path) { unlink(entry.path) }
                continue
            }
            if entry.path != kept && (count >= Self.entryLimit || total + entry.bytes > Self.byteLimit) {
                unlink(entry.path)
                continue
            }
            total += entry.bytes
            count += 1
        }
    }

    /// Whether `temporary` (`….snapshot.tmp-PID`) was left by a process that has
    /// ended; one whose name gives no process is abandoned.
    private static func isAbandoned(_ temporary: String) -> Bool {
        guard let dash = temporary.lastIndex(of: "-"), temporary[..<dash].hasSuffix(suffix + ".tmp"),
              let owner = pid_t(temporary[temporary.index(after: dash)...]), owner > 0 else { return true }
        return kill(owner, 0) != 0 && errno == ESRCH
    }

    private func makeDirectory() -> Bool {
        var path = ""
        for part in directory.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0 && errno != EEXIST { return false }
        }
        var status = stat()
        return stat(directory, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR
    }

    /// The cache file for these files: named by a hash of their absolute paths, in order.
    private func entryPath(for canonical: [String]) -> String {
        let key = Array(canonical.joined(separator: "\n").utf8).withUnsafeBufferPointer { FileFingerprint($0).hash }
        let hex = String(key, radix: 16)
        return "\(directory)/dataset-\(String(repeating: "0", count: 16 - hex.count))\(hex)\(Self.suffix)"
    }

    /// Each path made absolute with links resolved (`realpath`), or `nil` when one cannot be.
    static func canonicalPaths(_ paths: [String]) -> [String]? {
        var canonical: [String] = []
        for path in paths {
            guard let resolved = realpath(path, nil) else { return nil }
            canonical.append(String(cString: resolved))
            free(resolved)
        }
        return canonical
    }
}
