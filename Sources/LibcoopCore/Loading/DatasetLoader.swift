/// Loads one or more dataset files into a single validated `Dataset`.
///
/// Files are read, checked for encoding, decoded and then checked together, so a reference may
/// point into another file and a duplicate id across files is caught. Every problem in every file
/// is reported at once, each placed at `file:line:column` and a JSON pointer.
public enum DatasetLoader {
    /// Loads and merges `paths`, in order. Throws every problem found when any file is unreadable
    /// or invalid; never returns a dataset that fails validation.
    public static func load(paths: [String]) throws(DatasetLoadError) -> Dataset {
        let decoded = decodeFiles(paths, staffNames: nil)
        let problems = DatasetValidator.problems(in: decoded.dataset, fileNames: paths, droppedIdentifiers: decoded.dropped)
        let diagnostics = decoded.diagnostics(adding: problems)
        guard diagnostics.isEmpty else { throw DatasetLoadError(diagnostics: diagnostics) }
        return decoded.dataset
    }

    /// Loads and merges `paths` like `load(paths:)`, and derives `prepare(dataset)` (what a
    /// command will print, say) on the second core while the dataset is validated on the first.
    /// The prepared value comes back only with a dataset that passed validation; on invalid data
    /// it is never made.
    public static func load<Prepared: Sendable>(
        paths: [String], preparing prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        try load(paths: paths, staffNames: nil) { dataset, _ in prepare(dataset) }
    }

    /// Loads like `load(paths:preparing:)`, and builds the staff search index on the second core
    /// too, while the files are decoded: `prepare` gets it with the dataset (the staff command
    /// keeps just the index; the browser derives its data from both).
    public static func load<Prepared: Sendable>(
        paths: [String], preparingWithStaffIndex prepare: @Sendable (Dataset, StaffSearchIndex) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        try load(paths: paths, staffNames: StaffIndexStream()) { dataset, names in
            let index = names.flatMap { names in
                names.count == dataset.staff.count
                    ? StaffSearchIndex(staff: dataset.staff, libraries: dataset.libraries, organizations: dataset.organizations, names: names)
                    : nil
            }
            return prepare(dataset, index ?? StaffSearchIndex(dataset))
        }
    }

    private static func load<Prepared: Sendable>(
        paths: [String], staffNames: StaffIndexStream?, prepare: @Sendable (Dataset, NameIndexBuilder?) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        let decoded = decodeFiles(paths, staffNames: staffNames)
        let dataset = decoded.dataset
        let dropped = decoded.dropped
        let decodedCleanly = decoded.isClean
        let (problems, prepared) = BothAtOnce.run(
            { DatasetValidator.problems(in: dataset, fileNames: paths, droppedIdentifiers: dropped) },
            { () -> Prepared? in
                let names = staffNames?.finish()
                return decodedCleanly ? prepare(dataset, names) : nil
            }
        )
        let diagnostics = decoded.diagnostics(adding: problems)
        guard diagnostics.isEmpty, let prepared else { throw DatasetLoadError(diagnostics: diagnostics) }
        return (dataset, prepared)
    }

    /// Reads, checks and decodes every file in turn, merging what each holds.
    private static func decodeFiles(_ paths: [String], staffNames: StaffIndexStream?) -> DecodedFiles {
        var decoded = DecodedFiles()
        for (index, path) in paths.enumerated() {
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.contents(ofFile: path)
            } catch {
                decoded.unreadable.append(Diagnostic(file: path, code: .unreadable, message: error.message))
                decoded.files.append(LoadedFile(path: path, bytes: [], start: 0, problems: []))
                continue
            }
            decoded.files.append(decode(bytes: bytes, path: path, index: index, into: &decoded.dataset, dropped: &decoded.dropped, staffNames: staffNames))
        }
        return decoded
    }

    /// Loads a dataset from bytes in memory, as if read from a file named `name` (for tests and tools).
    public static func load(bytes: [UInt8], name: String = "<memory>") throws(DatasetLoadError) -> Dataset {
        var dataset = Dataset()
        var dropped: Set<String> = []
        let file = decode(bytes: bytes, path: name, index: 0, into: &dataset, dropped: &dropped)
        let laterProblems = DatasetValidator.problems(in: dataset, fileNames: [name], droppedIdentifiers: dropped)
        let diagnostics = file.diagnostics(adding: laterProblems)
        guard diagnostics.isEmpty else { throw DatasetLoadError(diagnostics: diagnostics) }
        return dataset
    }

    private static func decode(
        bytes: [UInt8], path: String, index: Int, into dataset: inout Dataset, dropped: inout Set<String>,
        staffNames: StaffIndexStream? = nil
    ) -> LoadedFile {
        switch TextEncodingCheck.start(of: bytes) {
        case .failure(let problem):
            return LoadedFile(path: path, bytes: bytes, start: 0, problems: [
                PendingProblem(file: index, offset: 0, pointer: nil, code: problem.code, message: problem.message),
            ])
        case .success(let start):
            let (part, problems, droppedHere) = bytes.withUnsafeBufferPointer { buffer in
                let decoder = DatasetFileDecoder(bytes: buffer, startingAt: start, file: index, staffNames: staffNames)
                let part = decoder.decode()
                return (part, decoder.problems, decoder.fields.droppedIdentifiers)
            }
            dataset.merge(part)
            dropped.formUnion(droppedHere)
            return LoadedFile(path: path, bytes: problems.isEmpty ? [] : bytes, start: start, problems: problems)
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

    /// Every problem, placed: unreadable files first, then each file's own and `crossFile` ones.
    func diagnostics(adding crossFile: [PendingProblem]) -> [Diagnostic] {
        var diagnostics = unreadable
        for (index, file) in files.enumerated() {
            diagnostics += file.diagnostics(adding: crossFile.filter { $0.file == index })
        }
        return diagnostics
    }
}

/// A file's bytes (kept only while there are problems to place) and what was found in it.
private struct LoadedFile {
    var path: String
    var bytes: [UInt8]
    var start: Int
    var problems: [PendingProblem]

    /// The file's problems and `later` ones, with lines and columns, in the order they occur in the file.
    func diagnostics(adding later: [PendingProblem]) -> [Diagnostic] {
        let all = problems + later
        guard !all.isEmpty else { return [] }
        return withBytes { buffer in
            let unplaced = all.filter { $0.offset == nil }.compactMap(\.pointer)
            let located = PointerLocator.offsets(of: unplaced, in: buffer, startingAt: start)
            let lines = LineIndex(bytes: buffer)
            let placed: [(offset: Int, order: Int, problem: PendingProblem)] = all.enumerated().map { order, problem in
                let offset = problem.offset ?? problem.pointer.flatMap { located[$0] } ?? 0
                return (offset, order, problem)
            }
            return placed.sorted { ($0.offset, $0.order) < ($1.offset, $1.order) }.map { offset, _, problem in
                let (line, column) = lines.location(ofOffset: offset)
                return Diagnostic(file: path, line: line, column: column, pointer: problem.pointer, code: problem.code, message: problem.message)
            }
        }
    }

    /// Bytes of a file that had no problems while decoding are dropped; read it again if a later check needs it.
    private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if !bytes.isEmpty || problems.contains(where: { $0.code == .unreadable }) {
            return bytes.withUnsafeBufferPointer(body)
        }
        let reread = (try? FileBytes.contents(ofFile: path)) ?? []
        return reread.withUnsafeBufferPointer(body)
    }
}
