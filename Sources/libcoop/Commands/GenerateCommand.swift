import ArgumentParser
import LibcoopCore
import LibcoopRender
import LibcoopSynthetic

/// `libcoop generate`: a synthetic dataset of any size, for demos and scale tests.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic dataset (marked synthetic) for demos and scale tests.",
        discussion: """
            The same options always give the same file. Libraries come in city groups of one municipal \
            library and up to eleven district libraries paired with it; staff are dealt out to the \
            libraries in turn. Example: libcoop generate --libraries 3300 --staff 60000 --output national.json
            """
    )

    @Option(help: "How many libraries.")
    var libraries: Int = 12

    @Option(help: "How many staff.")
    var staff: Int = 100

    @Option(help: "The random seed; the same seed gives the same dataset.")
    var seed: UInt64 = 1

    @OptionGroup var destination: OutputFileOptions

    func validate() throws {
        guard libraries >= 1 else { throw ValidationError("--libraries must be at least 1") }
        guard staff >= 0 else { throw ValidationError("--staff cannot be negative") }
        guard libraries <= 10_000_000, staff <= 100_000_000 else { throw ValidationError("that is more than libcoop can generate") }
    }

    func run() throws {
        let generator = SyntheticDatasetGenerator(libraries: libraries, staff: staff, seed: seed)
        try CommandOutput.write(to: destination.output) { sink in try generator.write(to: sink) }
    }
}
