import Glibc

/// Writes a file so that readers see either the old contents or the complete new ones: the data
/// goes to a temporary file beside the target, which is renamed over it only when fully written.
public final class AtomicFileWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var message: String

        public init(path: String, message: String) {
            self.path = path
            self.message = message
        }

        public var description: String { "\(path): \(message)" }
    }

    public let path: String
    /// The temporary file beside `path`: `.NAME.libcoop-tmp-PID`, or `…-PID-N` when a file of
    /// that name is already there (another machine's run on a shared disk); such a file is never
    /// touched. Those of ended processes are removed first (`AbandonedTemporaryFiles`).
    public let temporaryPath: String
    private let descriptor: Int32
    private var finished = false

    /// Creates the temporary file next to `path`, with `permissions` (not narrowed by the umask,
    /// so a rewritten file keeps its mode). `O_EXCL` never follows a symlink planted at the
    /// temporary name: such a name counts as taken and the next one is tried. `created` is told
    /// the temporary file's path the moment it exists, so a signal handler that removes it (the
    /// CLI's `InterruptCleanup`) leaves no moment uncovered: the signals that end a process
    /// (SIGINT, SIGTERM, SIGHUP, SIGQUIT) are held on this thread from just before the `open`
    /// until `created` has returned. (A signal that comes while `open` creates the file is
    /// otherwise handled as `open` returns, before anyone knows the file is there.)
    public init(path: String, permissions: mode_t = 0o644, created: (String) -> Void = { _ in }) throws(WriteError) {
        self.path = path
        AbandonedTemporaryFiles.removeAbandoned(besides: path)
        var ending = sigset_t()
        sigemptyset(&ending)
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaddset(&ending, signal) }
        var attempt = 0
        while true {
            let candidate = AbandonedTemporaryFiles.temporaryPath(for: path, attempt: attempt)
            var previous = sigset_t()
            pthread_sigmask(SIG_BLOCK, &ending, &previous)
            let opened = open(candidate, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            let failure = errno
            if opened >= 0 { created(candidate) }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
            if opened >= 0 {
                if permissions != 0o644 { fchmod(opened, permissions) }
                temporaryPath = candidate
                descriptor = opened
                return
            }
            guard failure == EEXIST || failure == EINTR, attempt < 100 else {
                throw WriteError(path: path, message: Self.systemMessage(failure))
            }
            if failure == EEXIST { attempt += 1 }
        }
    }

    /// Appends bytes to the temporary file.
    public func write(_ bytes: [UInt8]) throws(WriteError) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                throw WriteError(path: path, message: Self.systemMessage())
            }
            offset += written
        }
    }

    /// Flushes to disk and renames the temporary file over the target, then flushes the
    /// directory so the rename itself survives a crash. `beforeRename` runs after the data is on
    /// disk and just before the rename; when it throws, the temporary file is removed and the
    /// target left as it was.
    public func commit(checkingBeforeRename beforeRename: () throws(WriteError) -> Void = {}) throws(WriteError) {
        guard !finished else { return }
        finished = true
        let synced = fsync(descriptor) == 0
        var failure = synced ? 0 : errno
        if close(descriptor) != 0 && synced { failure = errno }
        guard failure == 0 else {
            unlink(temporaryPath)
            throw WriteError(path: path, message: Self.systemMessage(failure))
        }
        do {
            try beforeRename()
        } catch {
            unlink(temporaryPath)
            throw error
        }
        guard rename(temporaryPath, path) == 0 else {
            let message = Self.systemMessage(errno)
            unlink(temporaryPath)
            throw WriteError(path: path, message: message)
        }
        Self.syncDirectory(of: path)
    }

    /// Flushes the directory holding `path`, so a rename in it is durable.
    private static func syncDirectory(of path: String) {
        let directory = path.lastIndex(of: "/").map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
        let descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        fsync(descriptor)
        close(descriptor)
    }

    /// Removes the temporary file if `commit` was never reached.
    deinit {
        if !finished {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    private static func systemMessage(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
