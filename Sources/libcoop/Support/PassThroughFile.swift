import Glibc

/// An output path written through as it is — a device such as `/dev/full` or a terminal, a FIFO,
/// a socket — never replaced (see `OutputDestination`).
struct PassThroughFile {
    /// Why the path could not be opened or written; the text is `path: reason`.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var code: Int32
        var description: String { "\(path): \(String(cString: strerror(code)).lowercased())" }
    }

    let path: String
    private let descriptor: Int32
    /// Whether `close()` closes the descriptor: not one the process was given.
    private let ownsDescriptor: Bool

    /// Opens `path` for writing, without creating or truncating it.
    init(path: String) throws(Failure) {
        self.path = path
        var opened: Int32
        repeat { opened = open(path, O_WRONLY | O_CLOEXEC) } while opened < 0 && errno == EINTR
        guard opened >= 0 else { throw Failure(path: path, code: errno) }
        descriptor = opened
        ownsDescriptor = true
    }

    /// Writes to a descriptor this process was given (`/dev/fd/3`); it is left open.
    init(descriptor: Int32, path: String) throws(Failure) {
        guard fcntl(descriptor, F_GETFD) >= 0 else { throw Failure(path: path, code: errno) }
        self.path = path
        self.descriptor = descriptor
        ownsDescriptor = false
    }

    /// Writes every byte.
    func write(_ bytes: [UInt8]) throws(Failure) {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                throw Failure(path: path, code: errno)
            }
            offset += written
        }
    }

    /// Closes the file; a device may report a deferred error here.
    func close() throws(Failure) {
        guard ownsDescriptor else { return }
        guard Glibc.close(descriptor) == 0 else { throw Failure(path: path, code: errno) }
    }
}
