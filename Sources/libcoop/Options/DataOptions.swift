import ArgumentParser
import LibcoopCore

/// The dataset options every data command shares: which files to read.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "A dataset file to read; repeat to merge several. Default: $LIBCOOP_DATA, else the bundled sample.",
            valueName: "file"
        )
    )
    var files: [String] = []

    /// Loads the dataset, or prints every problem to standard error and exits 65 (invalid data) or
    /// 66 (a file that cannot be opened).
    func load() throws -> Dataset {
        try load(preparing: { _ in () }).dataset
    }

    /// Loads the dataset like `load()`, building `prepare(dataset)` on the other core while the
    /// dataset is validated (see `DatasetLoader.load(paths:preparing:)`).
    func load<Prepared: Sendable>(preparing prepare: @Sendable (Dataset) -> Prepared) throws -> (dataset: Dataset, prepared: Prepared) {
        let paths = try resolvedPaths()
        do {
            return try DatasetLoader.load(paths: paths, preparing: prepare)
        } catch {
            DiagnosticPrinter.printToStandardError(error.diagnostics)
            throw ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
        }
    }

    /// The files to read, after applying the defaults.
    func resolvedPaths() throws -> [String] {
        switch DatasetLocator.paths(requested: files) {
        case .success(let paths): return paths
        case .failure(let failure):
            StandardStreams.writeError("libcoop: \(failure)\n")
            throw ExitCode(ExitStatus.noInput)
        }
    }
}
