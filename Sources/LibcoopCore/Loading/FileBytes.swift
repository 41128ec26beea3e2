import Glibc

/// Reads a whole file into memory with plain system calls, so every failure (missing, a directory,
/// no permission) has its own message, and a file that grows or shrinks while it is read is read to
/// its actual end.
enum FileBytes {
    struct ReadError: Error {
        var message: String
    }

    /// Files larger than this are refused: 1 GiB, four times a national dataset of a million
    /// staff (256 MB), so no real dataset comes near it, while an endless input (`/dev/zero`, a
    /// pipe that never ends) is stopped after a second or two instead of filling memory.
    static let maximumSize = 1 << 30

    private static let tooLarge = "is larger than \(maximumSize >> 30) GiB, more than a dataset can be"

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
        if expected > maximumSize { throw ReadError(message: tooLarge) }
        if !canBeReadAgain { return Contents(bytes: try readWithoutKnownSize(from: descriptor), canBeReadAgain: false) }
        var bytes: [UInt8] = []
        var chunkSize = max(expected, 0) + 1
        while true {
            let chunk = try readChunk(from: descriptor, upTo: chunkSize)
            if bytes.isEmpty { bytes = chunk } else { bytes += chunk }
            if chunk.count < chunkSize { return Contents(bytes: bytes, canBeReadAgain: canBeReadAgain) }
            if bytes.count > maximumSize { throw ReadError(message: tooLarge) }
            chunkSize = max(bytes.count, 65_536)
        }
    }

    /// A pipe, FIFO or device, read to its end into one buffer that `realloc` grows (for large
    /// blocks by remapping, not copying), so an endless input costs one pass over the limit.
    private static func readWithoutKnownSize(from descriptor: Int32) throws(ReadError) -> [UInt8] {
        var capacity = 1 << 20
        guard var buffer = malloc(capacity) else { throw ReadError(message: "cannot read: out of memory") }
        defer { free(buffer) }
        var filled = 0
        while true {
            if filled == capacity {
                if capacity > maximumSize { throw ReadError(message: tooLarge) }
                let grown = min(capacity * 2, maximumSize + 1)
                guard let bigger = realloc(buffer, grown) else { throw ReadError(message: "cannot read: out of memory") }
                buffer = bigger
                capacity = grown
            }
            let got = read(descriptor, buffer + filled, capacity - filled)
            if got < 0 {
                if errno == EINTR { continue }
                throw ReadError(message: "cannot read: \(systemMessage(errno))")
            }
            if got == 0 { break }
            filled += got
        }
        return [UInt8](UnsafeRawBufferPointer(start: buffer, count: filled))
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
