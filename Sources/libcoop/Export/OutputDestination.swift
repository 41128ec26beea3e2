import ArgumentParser
import Glibc
import LibcoopCore

/// Where `--output` sends a command's result: standard output when it is absent or `-`, else a
/// file written atomically (core's `AtomicFileWriter`: a temporary file beside it, renamed into
/// place only once complete, so a failed or interrupted run leaves any old file as it was).
struct OutputDestination {
    /// The file to write, or `nil` for standard output.
    var path: String?

    init(_ option: String?) {
        path = option == "-" ? nil : option
    }

    /// Writes `bytes`, or prints why not to standard error and exits 73.
    func write(_ bytes: [UInt8]) throws {
        guard let path else {
            bytes.withUnsafeBufferPointer { Self.writeAll($0, to: STDOUT_FILENO) }
            return
        }
        do {
            let file = try AtomicFileWriter(path: path)
            InterruptCleanup.arm(removing: file.temporaryPath)
            defer { InterruptCleanup.disarm() }
            try file.write(bytes)
            try file.commit()
        } catch {
            StandardStreams.writeError("libcoop: cannot write \(error)\n")
            throw ExitCode(ExitStatus.cannotCreate)
        }
    }

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
