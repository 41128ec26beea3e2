import Glibc

/// Writes to standard output and standard error without buffering surprises between the two.
///
/// A failed write to standard output is never silent: output lost to a full disk (`> /dev/full`)
/// or an I/O error prints one message and ends the process with 74 (EX_IOERR). A reader that
/// closed the pipe (`| head`) ends it quietly, as SIGPIPE does, even when SIGPIPE is ignored.
enum StandardStreams {
    static func write(_ text: String) {
        var text = text
        text.withUTF8 { bytes in writeOutput(bytes) }
    }

    static func write(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { writeOutput($0) }
    }

    static func writeError(_ text: String) {
        var text = text
        text.withUTF8 { bytes in _ = writeAll(bytes, to: STDERR_FILENO) }
    }

    static func writeError(utf8 bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { _ = writeAll($0, to: STDERR_FILENO) }
    }

    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Writes to standard output, ending the process when it cannot.
    private static func writeOutput(_ bytes: UnsafeBufferPointer<UInt8>) {
        let failure = writeAll(bytes, to: STDOUT_FILENO)
        guard failure != 0 else { return }
        if failure == EPIPE {
            signal(SIGPIPE, SIG_DFL)
            raise(SIGPIPE)
            exit(128 + SIGPIPE)
        }
        let reason = String(cString: strerror(failure)).lowercased()
        writeError("libcoop: cannot write to standard output: \(reason)\n")
        exit(ExitStatus.ioError)
    }

    /// Writes every byte; the `errno` of a failed write, or 0.
    private static func writeAll(_ bytes: UnsafeBufferPointer<UInt8>, to descriptor: Int32) -> Int32 {
        guard var address = bytes.baseAddress else { return 0 }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Glibc.write(descriptor, address, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                return errno
            }
            remaining -= written
            address += written
        }
        return 0
    }
}
