/// Loads one or more dataset files into a single validated `Dataset`.
///
/// Files are read, checked for encoding, decoded and then checked together, so a reference may
/// point into another file and a duplicate id across files is caught. Every problem in every file
/// is reported at once, each placed at `file:line:column` and a JSON pointer.
public enum DatasetLoader {
    /// Loads and merges `paths`, in order. Throws every problem found when any file is unreadable
    /// or invalid; never returns a dataset that fails validation.
    public static func load(paths: [String]) throws(DatasetLoadError) -> Dataset {
        var decoded = decodeFiles(paths, staffNames: nil)
        let problems = DatasetValidator.problems(in: decoded.dataset, fileNames: paths, droppedIdentifiers: decoded.dropped)
        return try decoded.takeDataset(adding: problems)
    }

    /// Loads and merges `paths` like `load(paths:)`, and derives `prepare(dataset)` (what a
    /// command will print, say) on the second core while the dataset is validated on the first.
    /// The prepared value comes back only with a dataset that passed validation. It is not made
    /// when a file could not be read or decoded; when only the checks on the merged dataset fail
    /// it has been made alongside them, and is thrown away.
    public static func load<Prepared: Sendable>(
        paths: [String], preparing prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        try load(paths: paths, staffNames: nil, prepare: prepare)
    }

    /// Loads like `load(paths:preparing:)`, and builds the staff search index on the second core
    /// too, while the files are decoded: `prepare` gets it with the dataset (the staff command
    /// keeps just the index; the browser derives its data from both).
    public static func load<Prepared: Sendable>(
        paths: [String], preparingWithStaffIndex prepare: @Sendable (Dataset, StaffSearchIndex) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        let staffNames = StaffIndexStream()
        return try load(paths: paths, staffNames: staffNames) { dataset in
            prepare(dataset, staffNames.finish(staff: dataset.staff, libraries: dataset.libraries, organizations: dataset.organizations))
        }
    }

    /// Loads like `load(paths:preparing:)` while the staff search index is built on the second
    /// core as the files are decoded, as `load(paths:preparingWithStaffIndex:)` does, but hands
    /// the dataset back without waiting for the index to be ranked: the browser draws its first
    /// frame and finishes the index (`PendingStaffIndex.finish()`) in the background.
    public static func load<Prepared: Sendable>(
        paths: [String], preparingBeforeStaffIndex prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared, staffIndex: PendingStaffIndex) {
        let staffNames = StaffIndexStream()
        let (dataset, prepared) = try load(paths: paths, staffNames: staffNames, prepare: prepare)
        return (dataset, prepared, PendingStaffIndex(stream: staffNames, dataset: dataset))
    }

    /// Loads and merges `paths` like `load(paths:)`, but takes the file at `index` to hold
    /// `bytes` instead of what is on disk: the dataset as it would be after writing them (what an
    /// edit checks before it writes). Problems in those bytes are reported under that file's path.
    public static func load(paths: [String], substituting bytes: [UInt8], forPathAt index: Int) throws(DatasetLoadError) -> Dataset {
        try load(paths: paths, substituting: [index: bytes])
    }

    /// Loads like `load(paths:substituting:forPathAt:)` with several files' bytes taken from
    /// memory, keyed by their index in `paths` (what an import that changes several files checks).
    public static func load(paths: [String], substituting substitutions: [Int: [UInt8]]) throws(DatasetLoadError) -> Dataset {
        var decoded = decodeFiles(paths, staffNames: nil, substitutions: substitutions)
        let problems = DatasetValidator.problems(in: decoded.dataset, fileNames: paths, droppedIdentifiers: decoded.dropped)
        return try decoded.takeDataset(adding: problems)
    }

    /// Loads and merges `paths` like `load(paths:)`, but past problems: the records that decoded
    /// (a record left out for its own problems is not among them) and every problem found, as
    /// editing an invalid dataset needs. Throws only when a file cannot be read.
    public static func loadKeepingProblems(paths: [String]) throws(DatasetLoadError) -> (dataset: Dataset, problems: [Diagnostic]) {
        var decoded = decodeFiles(paths, staffNames: nil)
        if !decoded.unreadable.isEmpty { throw DatasetLoadError(diagnostics: decoded.unreadable) }
        let dataset = decoded.dataset
        let problems = DatasetValidator.problems(in: dataset, fileNames: paths, droppedIdentifiers: decoded.dropped)
        do {
            _ = try decoded.takeDataset(adding: problems)
            return (dataset, [])
        } catch {
            return (dataset, error.diagnostics)
        }
    }

    /// Loads a dataset from bytes in memory, as if read from a file named `name` (for tests and
    /// tools). The caller holds the bytes anyway, so they are kept to place every problem.
    public static func load(bytes: [UInt8], name: String = "<memory>") throws(DatasetLoadError) -> Dataset {
        var decoded = DecodedFiles()
        decoded.files.append(decode(bytes: bytes, path: name, index: 0, into: &decoded.dataset, dropped: &decoded.dropped, keepsCleanBytes: true))
        let problems = DatasetValidator.problems(in: decoded.dataset, fileNames: [name], droppedIdentifiers: decoded.dropped)
        return try decoded.takeDataset(adding: problems)
    }

    private static func load<Prepared: Sendable>(
        paths: [String], staffNames: StaffIndexStream?, prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        let loaded = try loadNotingFingerprints(paths: paths, staffNames: staffNames, prepare: prepare)
        return (loaded.dataset, loaded.prepared)
    }

    /// Loads like `load(paths:staffNames:prepare:)`, and also gives the fingerprint of each file
    /// as it was decoded (`nil` for one read from a pipe), which a snapshot of the dataset records.
    static func loadNotingFingerprints<Prepared: Sendable>(
        paths: [String], staffNames: StaffIndexStream?, prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared, fingerprints: [FileFingerprint?]) {
        var decoded = decodeFiles(paths, staffNames: staffNames)
        let dataset = decoded.dataset
        let dropped = decoded.dropped
        let decodedCleanly = decoded.isClean
        staffNames?.close(discarding: !decodedCleanly)
        let (problems, prepared) = BothAtOnce.run(
            { DatasetValidator.problems(in: dataset, fileNames: paths, droppedIdentifiers: dropped) },
            { decodedCleanly ? prepare(dataset) : nil }
        )
        let valid = try decoded.takeDataset(adding: problems)
        guard let prepared else { preconditionFailure("a dataset that decoded cleanly is always prepared") }
        return (valid, prepared, decoded.files.map(\.fingerprint))
    }

    /// Reads, checks and decodes every file in turn, merging what each holds.
    private static func decodeFiles(
        _ paths: [String], staffNames: StaffIndexStream?, substitutions: [Int: [UInt8]] = [:]
    ) -> DecodedFiles {
        var decoded = DecodedFiles()
        for (index, path) in paths.enumerated() {
            if let substitution = substitutions[index] {
                decoded.files.append(decode(
                    bytes: substitution, path: path, index: index, into: &decoded.dataset, dropped: &decoded.dropped,
                    keepsCleanBytes: true, staffNames: staffNames
                ))
                continue
            }
            let contents: FileBytes.Contents
            do {
                contents = try FileBytes.contents(ofFile: path)
            } catch {
                decoded.unreadable.append(Diagnostic(file: path, code: .unreadable, message: error.message))
                decoded.files.append(LoadedFile(path: path, keeping: [], start: 0, problems: []))
                continue
            }
            decoded.files.append(decode(
                bytes: contents.bytes, path: path, index: index, into: &decoded.dataset, dropped: &decoded.dropped,
                keepsCleanBytes: !contents.canBeReadAgain, staffNames: staffNames
            ))
        }
        return decoded
    }

    /// Decodes one file into `dataset`. Unless `keepsCleanBytes` (bytes in memory, or from a pipe
    /// that cannot be read twice), a file without problems keeps only a fingerprint of its bytes
    /// (see `LoadedFile`).
    private static func decode(
        bytes: [UInt8], path: String, index: Int, into dataset: inout Dataset, dropped: inout Set<String>,
        keepsCleanBytes: Bool, staffNames: StaffIndexStream? = nil
    ) -> LoadedFile {
        switch TextEncodingCheck.start(of: bytes) {
        case .failure(let problem):
            return LoadedFile(path: path, keeping: bytes, start: 0, problems: [
                PendingProblem(file: index, offset: 0, pointer: nil, code: problem.code, message: problem.message),
            ])
        case .success(let start):
            let (part, file, droppedHere) = bytes.withUnsafeBufferPointer { buffer in
                var decoder = DatasetFileDecoder(bytes: buffer, startingAt: start, file: index, staffNames: staffNames)
                let part = decoder.decode()
                let file = decoder.problems.isEmpty && !keepsCleanBytes
                    ? LoadedFile(path: path, dropping: buffer, start: start, problems: [])
                    : LoadedFile(path: path, keeping: bytes, start: start, problems: decoder.problems)
                return (part, file, decoder.fields.droppedIdentifiers)
            }
            dataset.merge(part)
            dropped.formUnion(droppedHere)
            return file
        }
    }
}

/// What decoding every file gave: the merged records, each file's problems, the files that
/// could not be read, and the ids of records left out for their own problems.
private struct DecodedFiles {
    var files: [LoadedFile] = []
    var unreadable: [Diagnostic] = []
    var dataset = Dataset()
    var dropped: Set<String> = []

    /// Whether every file was read and decoded without a problem.
    var isClean: Bool { unreadable.isEmpty && files.allSatisfy(\.problems.isEmpty) }

    /// The dataset, when neither decoding nor `crossFile` (the checks on the merged dataset)
    /// found a problem; else throws every problem, placed: unreadable files first, then each
    /// file's own and its share of `crossFile`.
    mutating func takeDataset(adding crossFile: [PendingProblem]) throws(DatasetLoadError) -> Dataset {
        if isClean && crossFile.isEmpty { return dataset }
        // The dataset will not be returned: free it before the problems are placed.
        dataset = Dataset()
        var laterProblems = Array(repeating: [PendingProblem](), count: files.count)
        for problem in crossFile where laterProblems.indices.contains(problem.file) {
            laterProblems[problem.file].append(problem)
        }
        var diagnostics = unreadable
        for (file, later) in zip(files, laterProblems) {
            let placed = file.diagnostics(adding: later)
            if diagnostics.isEmpty { diagnostics = placed } else { diagnostics += placed }
        }
        throw DatasetLoadError(diagnostics: diagnostics)
    }
}
