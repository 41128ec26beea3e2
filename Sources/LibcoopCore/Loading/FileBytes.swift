import Glibc

/// Reads a whole file into memory with plain system calls, so every failure (missing, a directory,
/// no permission) has its own message, and a file that grows or shrinks while it is read is read to
/// its actual end.
enum FileBytes {
    struct ReadError: Error {
        var message: String
    }

    /// Files larger than this are refused rather than exhausting memory.
    static let maximumSize = 4 << 30

    /// What was read, and whether reading the path again gives the file again: true for a
    /// regular file, false for a pipe, a FIFO or a device, whose bytes are gone once read.
    struct Contents {
        var bytes: [UInt8]
        var canBeReadAgain: Bool
    }

    static func contents(ofFile path: String) throws(ReadError) -> Contents {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw ReadError(message: "cannot open: \(systemMessage(errno))") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw ReadError(message: "cannot read: \(systemMessage(errno))") }
        if (status.st_mode & S_IFMT) == S_IFDIR { throw ReadError(message: "is a directory, not a dataset file") }
        let canBeReadAgain = (status.st_mode & S_IFMT) == S_IFREG
        let expected = Int(status.st_size)
        if expected > maximumSize { throw ReadError(message: "is larger than \(maximumSize >> 30) GiB") }
        var bytes: [UInt8] = []
        var chunkSize = max(expected, 0) + 1
        while true {
            let chunk = try readChunk(from: descriptor, upTo: chunkSize)
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < chunkSize { return Contents(bytes: bytes, canBeReadAgain: canBeReadAgain) }
            if bytes.count > maximumSize { throw ReadError(message: "is larger than \(maximumSize >> 30) GiB") }
            chunkSize = max(bytes.count, 65_536)
        }
    }

    /// Up to `count` bytes, fewer only at the end of the file. The array is filled by `read`
    /// directly, with no zeroing pass before it.
    private static func readChunk(from descriptor: Int32, upTo count: Int) throws(ReadError) -> [UInt8] {
        var failure: Int32?
        let chunk = [UInt8](unsafeUninitializedCapacity: count) { buffer, filled in
            filled = 0
            while filled < count {
                let got = read(descriptor, buffer.baseAddress! + filled, count - filled)
                if got < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if got == 0 { return }
                filled += got
            }
        }
        if let failure { throw ReadError(message: "cannot read: \(systemMessage(failure))") }
        return chunk
    }

    private static func systemMessage(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}
