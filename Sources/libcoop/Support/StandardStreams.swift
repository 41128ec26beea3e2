import Glibc

/// Writes to standard output and standard error without buffering surprises between the two.
enum StandardStreams {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in writeAll(bytes, to: STDOUT_FILENO) }
    }

    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in writeAll(bytes, to: STDERR_FILENO) }
    }

    static func writeError(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeAll($0, to: STDERR_FILENO) }
    }

    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) {
        guard var address = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, address, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            remaining -= written
            address += written
        }
    }
}
