import Glibc

/// The names of the temporary files `AtomicFileWriter` writes beside its target, and the removal
/// of those a killed run left behind.
///
/// A run writing `DIR/NAME` writes `DIR/.NAME.libcoop-tmp-PID` (or `…-PID-N` when that name is
/// taken): hidden, named after its target and its process. SIGKILL (or a power cut) leaves the
/// file; nothing can remove it then. The next run to the same target removes every file of exactly
/// that form whose process no longer exists — only regular files (a symbolic link of that name
/// is left alone, so what it points to is never touched), never its own process id, never
/// another target's. A process on another machine writing to the same folder over a network
/// file system is not seen by `kill`; such a run's temporary file could be removed, and its
/// rename would then fail with a message.
enum AbandonedTemporaryFiles {
    /// The temporary file for `path`, attempt 0 being `.NAME.libcoop-tmp-PID`.
    static func temporaryPath(for path: String, attempt: Int) -> String {
        let (folder, name) = split(path)
        return folder + "." + name + marker + "\(getpid())" + (attempt == 0 ? "" : "-\(attempt)")
    }

    /// Removes the temporary files of `path` left by processes that have ended.
    static func removeAbandoned(besides path: String) {
        let (folder, name) = split(path)
        let prefix = "." + name + marker
        guard let directory = opendir(folder.isEmpty ? "." : folder) else { return }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let entryName = withUnsafeBytes(of: entry.pointee.d_name) { bytes in
                String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard entryName.hasPrefix(prefix), let owner = processID(in: entryName.dropFirst(prefix.count)),
                  owner != getpid(), kill(owner, 0) != 0, errno == ESRCH else { continue }
            let candidate = folder + entryName
            var status = stat()
            guard lstat(candidate, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { continue }
            unlink(candidate)
        }
    }

    private static let marker = ".libcoop-tmp-"

    /// `PID` or `PID-N` (digits only) → PID.
    private static func processID(in suffix: Substring) -> pid_t? {
        let parts = suffix.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let owner = pid_t(parts[0]), owner > 0 else { return nil }
        return owner
    }

    /// `DIR/NAME` → (`DIR/`, `NAME`); `NAME` → (``, `NAME`).
    private static func split(_ path: String) -> (folder: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        return (String(path[...slash]), String(path[path.index(after: slash)...]))
    }
}
