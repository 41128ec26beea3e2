import Glibc

/// What identifies one dataset file's contents for the cache: its path, size, modification time
/// and the fingerprint of its bytes.
///
/// A snapshot is used only when every file it was made from still has the same stamp. Size and
/// time are compared first, from `stat`, so an edited file costs no read; the fingerprint is then
/// read and compared on every start, so a file changed without its time changing (a restored
/// backup, a coarse clock) is caught too.
struct SourceStamp: Equatable, Sendable {
    var path: String
    var size: Int
    var modifiedSeconds: Int
    var modifiedNanoseconds: Int
    var fingerprint: UInt64

    /// A file's size and modification time, or `nil` when it is not a regular file that can be
    /// read (a pipe cannot be read twice, so it is never cached).
    static func status(of path: String) -> (size: Int, seconds: Int, nanoseconds: Int)? {
        var status = stat()
        guard stat(path, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(status.st_size), Int(status.st_mtim.tv_sec), Int(status.st_mtim.tv_nsec))
    }

    /// The stamp of the file at `path` as it is now, reading it in chunks (the file is never held
    /// in memory whole); `nil` when it cannot be read or changes size while it is read.
    static func current(of path: String) -> SourceStamp? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let chunkSize = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 32)
        defer { buffer.deallocate() }
        var hasher = FileFingerprint.Hasher()
        var filled = 0
        while true {
            let count = read(descriptor, buffer.baseAddress! + filled, chunkSize - filled)
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
            let absorbed = hasher.absorbBlocks(UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
            if absorbed < filled {
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + absorbed, byteCount: filled - absorbed)
            }
            filled -= absorbed
        }
        let fingerprint = hasher.finish(tail: UnsafeRawBufferPointer(rebasing: buffer[..<filled]))
        guard fingerprint.count == Int(status.st_size) else { return nil }
        return SourceStamp(
            path: path, size: fingerprint.count, modifiedSeconds: Int(status.st_mtim.tv_sec),
            modifiedNanoseconds: Int(status.st_mtim.tv_nsec), fingerprint: fingerprint.hash
        )
    }
}
