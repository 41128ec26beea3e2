import ArgumentParser
import Foundation
import LibcoopCore

/// The dataset options every data command shares: which files to read.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data"),
        help: ArgumentHelp(
            "A dataset file, or a folder of them (every *.json under it), to read; repeat to merge several. Default: $LIBCOOP_DATA, else config.toml's data, else the bundled sample.",
            valueName: "path"
        ),
        completion: .file()
    )
    var files: [String] = []

    /// Loads the dataset, or prints every problem to standard error and exits 65 (invalid data) or
    /// 66 (a file that cannot be opened). With a `cache` (read-only commands, see `CacheOptions`)
    /// an unchanged large dataset is read from its snapshot, and one loaded from its files is
    /// kept for the next run.
    func load(cache: DatasetCache? = nil) throws -> Dataset {
        let paths = try resolvedPaths()
        do {
            guard let cache else { return try DatasetLoader.load(paths: paths) }
            let loaded = try DatasetLoader.load(paths: paths, cache: cache, preparing: { _ in () })
            loaded.snapshot.store()
            return loaded.dataset
        } catch {
            throw Self.exit(reporting: error)
        }
    }

    /// Loads the dataset like `load()`, with `prepare(dataset)` made on the second core while the
    /// dataset is validated (see `DatasetLoader.load(paths:preparing:)`).
    func load<Prepared: Sendable>(
        cache: DatasetCache? = nil, preparing prepare: @Sendable (Dataset) -> Prepared
    ) throws -> (dataset: Dataset, prepared: Prepared) {
        let paths = try resolvedPaths()
        do {
            let loaded = try DatasetLoader.load(paths: paths, cache: cache, preparing: prepare)
            loaded.snapshot.store()
            return (loaded.dataset, loaded.prepared)
        } catch {
            throw Self.exit(reporting: error)
        }
    }

    /// Loads the dataset like `load()`, with its staff search index and `prepare(dataset, index)`
    /// built on the second core (see `DatasetLoader.load(paths:preparingWithStaffIndex:)`).
    func load<Prepared: Sendable>(
        cache: DatasetCache? = nil, preparingWithStaffIndex prepare: @Sendable (Dataset, StaffSearchIndex) -> Prepared
    ) throws -> (dataset: Dataset, prepared: Prepared) {
        let paths = try resolvedPaths()
        do {
            let loaded = try DatasetLoader.load(paths: paths, cache: cache, preparingWithStaffIndex: prepare)
            loaded.snapshot.store()
            return (loaded.dataset, loaded.prepared)
        } catch {
            throw Self.exit(reporting: error)
        }
    }

    /// Loads the dataset like `load()`, with `prepare(dataset)` made on the second core while the
    /// dataset is validated and the staff search index left to finish later (see
    /// `DatasetLoader.load(paths:preparingBeforeStaffIndex:)`).
    func load<Prepared: Sendable>(
        cache: DatasetCache?, preparingBeforeStaffIndex prepare: @Sendable (Dataset) -> Prepared
    ) throws -> (loaded: CachedLoad<Prepared>, staffIndex: PendingStaffIndex) {
        let paths = try resolvedPaths()
        do {
            return try DatasetLoader.load(paths: paths, cache: cache, preparingBeforeStaffIndex: prepare)
        } catch {
            throw Self.exit(reporting: error)
        }
    }

    /// Prints every problem to standard error; the exit status says whether a file could not be
    /// opened (66) or held invalid data (65).
    private static func exit(reporting error: DatasetLoadError) -> ExitCode {
        DiagnosticPrinter.printToStandardError(error.diagnostics)
        return ExitCode(error.isUnreadable ? ExitStatus.noInput : ExitStatus.dataError)
    }

    /// `paths` named on the command line (`validate FILE…`, `fmt FILE…`) with every folder
    /// replaced by the dataset files under it; a folder that cannot be read or holds none is
    /// reported and exits 66.
    static func expandingFolders(_ paths: [String]) throws -> [String] {
        switch DatasetLocator.expandingFolders(paths) {
        case .success(let expanded): return expanded
        case .failure(let failure):
            StandardStreams.writeError("libcoop: \(failure)\n")
            throw ExitCode(ExitStatus.noInput)
        }
    }

    /// The files to read, after applying the defaults (folders replaced by their dataset files).
    func resolvedPaths() throws -> [String] {
        let located = DatasetLocator.paths(
            requested: Settings.resolve(SettingFlags(data: files)).data.value ?? [], environment: ProcessInfo.processInfo.environment,
            executablePath: ExecutablePath.current(fallback: CommandLine.arguments.first ?? "")
        )
        switch located {
        case .success(let paths): return paths
        case .failure(let failure):
            StandardStreams.writeError("libcoop: \(failure)\n")
            throw ExitCode(ExitStatus.noInput)
        }
    }
}
