import ArgumentParser
import LibcoopCore
import LibcoopRender

/// Writes what a command produces where its `--output` option says (see `OutputDestination`):
/// standard output, a descriptor or device written through, or a regular file (a symlink's
/// target) replaced atomically. A file that cannot be written is said on standard error and
/// ends the command with status 73, leaving nothing half-written behind.
enum CommandOutput {
    /// `produce` is handed a sink and sends the output to it in as many chunks as it likes.
    static func write(to option: String?, _ produce: (@escaping ([UInt8]) throws -> Void) throws -> Void) throws {
        switch option.map(OutputDestination.resolve) ?? .standardOutput {
        case .standardOutput:
            try produce { StandardStreams.write(utf8: $0) }
        case .descriptor(let descriptor):
            do {
                let file = try PassThroughFile(descriptor: descriptor, path: option ?? "")
                try produce { bytes in try file.write(bytes) }
            } catch let error as PassThroughFile.Failure {
                throw cannotWrite(error)
            }
        case .passThrough(let path):
            do {
                let file = try PassThroughFile(path: path)
                try produce { bytes in try file.write(bytes) }
                try file.close()
            } catch let error as PassThroughFile.Failure {
                throw cannotWrite(error)
            }
        case .replacedFile(let path):
            do {
                InterruptCleanup.follow(nil)
                defer { InterruptCleanup.disarm() }
                let file = try AtomicFileWriter(path: path, created: InterruptCleanup.follow)
                try produce { bytes in try file.write(bytes) }
                try file.commit()
            } catch let error as AtomicFileWriter.WriteError {
                throw cannotWrite(error)
            }
        }
    }

    /// Writes `bytes` whole, as `write(to:_:)` does.
    static func write(_ bytes: [UInt8], to option: String?) throws {
        try write(to: option) { sink in try sink(bytes) }
    }

    /// Says which file could not be written and why; exits 73.
    private static func cannotWrite(_ error: some Error) -> ExitCode {
        StandardStreams.writeError("libcoop: cannot write \(TerminalText.sanitized("\(error)"))\n")
        return ExitCode(ExitStatus.cannotCreate)
    }
}
