import ArgumentParser

/// `--output FILE` (`-o`), shared by the commands that write a file: where `CommandOutput` sends
/// what they produce.
struct OutputFileOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output: a regular file is replaced atomically (a symlink's target, keeping the link); a device, a FIFO or /dev/fd/N is written through; - is standard output.", valueName: "file"))
    var output: String?

    /// Writes `bytes` whole to the chosen destination.
    func write(_ bytes: [UInt8]) throws {
        try CommandOutput.write(bytes, to: output)
    }
}
