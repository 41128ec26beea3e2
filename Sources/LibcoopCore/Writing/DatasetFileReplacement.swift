import Glibc

/// Replaces a dataset file's contents with new bytes, safely: only if the file still holds the
/// bytes that were loaded, atomically, durably, keeping its mode.
///
/// The steps follow SQLite's atomic-commit notes and git's "racy git" lesson:
/// 1. A symlink at `path` is resolved, so the file it names is replaced and the link kept.
/// 2. The file is opened and locked (`flock`, exclusive): another libcoop replacing the same file
///    waits, and then finds the content changed.
/// 3. Its content now is compared with what was loaded (length and a 64-bit hash of every byte;
///    size and mtime could miss a change made within one timestamp tick). A difference refuses.
/// 4. The new bytes go to a temporary file beside it (`AtomicFileWriter`: `O_EXCL`, so a symlink
///    planted at that name is never followed), with the file's permission bits; then `fsync`.
/// 5. The content is compared once more, then the temporary file is renamed over the file and
///    the directory is flushed. A crash at any point leaves the old file or the new one, whole.
///
/// An editor that does not take the lock can still write between step 5's comparison and the
/// rename; the window is the time of one `rename` call.
public enum DatasetFileReplacement {
    /// Why nothing was written.
    public enum Failure: Error, CustomStringConvertible {
        /// The file no longer holds the bytes that were loaded (another editor, a `git pull`).
        case changedOnDisk(path: String)
        /// The file could not be read, locked or replaced.
        case cannotWrite(path: String, message: String)

        public var description: String {
            switch self {
            case .changedOnDisk(let path): "\(path): the file changed on disk since it was loaded; nothing was written"
            case .cannotWrite(let path, let message): "\(path): \(message); nothing was written"
            }
        }
    }

    /// Writes `replacement` over the file at `path`, which must still hold exactly `loaded`.
    /// `temporaryFile` is told nil just before the temporary file is made, its path the moment
    /// it exists, and nil again once it is gone (renamed or removed), so a caller can remove it
    /// if a signal ends the process in between (the CLI's `InterruptCleanup`).
    public static func replace(
        path: String, loaded: [UInt8], with replacement: [UInt8], temporaryFile: (String?) -> Void = { _ in }
    ) throws(Failure) {
        guard let resolvedPointer = realpath(path, nil) else { throw .cannotWrite(path: path, message: systemMessage()) }
        let target = String(cString: resolvedPointer)
        free(resolvedPointer)
        let lock = open(target, O_RDONLY | O_CLOEXEC)
        guard lock >= 0 else { throw .cannotWrite(path: path, message: systemMessage()) }
        defer { close(lock) }
        while flock(lock, LOCK_EX) != 0 {
            guard errno == EINTR else { throw .cannotWrite(path: path, message: "cannot lock: \(systemMessage())") }
        }
        var status = stat()
        guard fstat(lock, &status) == 0 else { throw .cannotWrite(path: path, message: systemMessage()) }
        let expected = loaded.withUnsafeBufferPointer { FileFingerprint($0) }
        func stillAsLoaded() -> Bool {
            guard let current = try? FileBytes.contents(ofFile: target).bytes else { return false }
            return current.withUnsafeBufferPointer { FileFingerprint($0) } == expected
        }
        guard stillAsLoaded() else { throw .changedOnDisk(path: path) }
        var changedBeforeRename = false
        do {
            // Told nil first, before the file exists, so the caller can be ready for it.
            temporaryFile(nil)
            defer { temporaryFile(nil) }
            let writer = try AtomicFileWriter(path: target, permissions: status.st_mode & 0o7777, created: temporaryFile)
            try writer.write(replacement)
            try writer.commit { () throws(AtomicFileWriter.WriteError) in
                guard stillAsLoaded() else {
                    changedBeforeRename = true
                    throw AtomicFileWriter.WriteError(path: path, message: "changed on disk")
                }
            }
        } catch {
            if changedBeforeRename { throw .changedOnDisk(path: path) }
            throw .cannotWrite(path: path, message: error.message)
        }
    }

    private static func systemMessage() -> String {
        String(cString: strerror(errno)).lowercased()
    }
}
