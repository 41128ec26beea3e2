#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file into memory with plain system calls, so every failure (missing, a directory,
/// no permission) has its own message, and a file that grows or shrinks while it is read is read to
/// its actual end.
enum FileBytes {
    struct ReadError: Error {
        var message: String
    }

    /// Files larger than this are refused rather than exhausting memory.
    static let maximumSize = 4 << 30

    static func contents(ofFile path: String) throws(ReadError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(message: "cannot open: \(systemMessage(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(message: "cannot read: \(systemMessage(errno))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw ReadError(message: "is a directory, not a dataset file") }
        let expected = Int(status.st_size)
        if expected > maximumSize { throw ReadError(message: "is larger than \(maximumSize >> 30) GiB") }
        var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
        var count = 0
        while true {
            if count == bytes.count {
                if bytes.count > maximumSize { throw ReadError(message: "is larger than \(maximumSize >> 30) GiB") }
                bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 65_536)))
            }
            let got = bytes.withUnsafeMutableBytes { buffer in
                read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "cannot read: \(systemMessage(errno))")
            }
            if got == 0 { break }
            count += got
        }
        bytes.removeSubrange(count...)
        return bytes
    }

    private static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
