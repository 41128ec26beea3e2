#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a file so that readers see either the old contents or the complete new ones: the data
/// goes to a temporary file beside the target, which is renamed over it only when fully written.
public final class AtomicFileWriter {
    public struct WriteError: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    public let path: String
    private let temporaryPath: String
    private var descriptor: Int32
    private var finished = false

    /// Creates the temporary file next to `path`.
    public init(path: String) throws(WriteError) {
        self.path = path
        temporaryPath = path + ".tmp-\(getpid())"
        descriptor = open(temporaryPath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw WriteError(path: path, message: Self.systemMessage()) }
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

    /// Flushes to disk and renames the temporary file over the target.
    public func commit() throws(WriteError) {
        guard !finished else { return }
        finished = true
        if fsync(descriptor) != 0 || close(descriptor) != 0 {
            unlink(temporaryPath)
            throw WriteError(path: path, message: Self.systemMessage())
        }
        guard rename(temporaryPath, path) == 0 else {
            let message = Self.systemMessage()
            unlink(temporaryPath)
            throw WriteError(path: path, message: message)
        }
    }

    /// Removes the temporary file if `commit` was never reached.
    deinit {
        if !finished {
            close(descriptor)
            unlink(temporaryPath)
        }
    }

    private static func systemMessage() -> String {
        String(cString: strerror(errno))
    }
}
