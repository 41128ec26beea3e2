/// Loads one or more dataset files into a single validated `Dataset`.
///
/// Files are read, checked for encoding, decoded and then checked together, so a reference may
/// point into another file and a duplicate id across files is caught. Every problem in every file
/// is reported at once, each placed at `file:line:column` and a JSON pointer.
public enum DatasetLoader {
    /// Loads and merges `paths`, in order. Throws every problem found when any file is unreadable
    /// or invalid; never returns a dataset that fails validation.
    public static func load(paths: [String]) throws(DatasetLoadError) -> Dataset {
        try load(paths: paths, preparing: { _ in () }).dataset
    }

    /// Loads and merges `paths` like `load(paths:)`, and meanwhile, on a second core, derives
    /// `prepare(dataset)` (a search index, say) from the decoded records while they are being
    /// validated. The prepared value is returned only with a dataset that passed validation; on
    /// invalid data it is thrown away.
    public static func load<Prepared: Sendable>(
        paths: [String], preparing prepare: @Sendable (Dataset) -> Prepared
    ) throws(DatasetLoadError) -> (dataset: Dataset, prepared: Prepared) {
        var files: [LoadedFile] = []
        var diagnostics: [Diagnostic] = []
        var dataset = Dataset()
        var dropped: Set<String> = []
        for (index, path) in paths.enumerated() {
            let bytes: [UInt8]
            do {
                bytes = try FileBytes.contents(ofFile: path)
            } catch {
                diagnostics.append(Diagnostic(file: path, code: .unreadable, message: error.message))
                files.append(LoadedFile(path: path, bytes: [], start: 0, problems: []))
                continue
            }
            let file = decode(bytes: bytes, path: path, index: index, into: &dataset, dropped: &dropped)
            files.append(file)
        }
        let decoded = dataset
        let droppedIdentifiers = dropped
        let decodedCleanly = diagnostics.isEmpty && files.allSatisfy(\.problems.isEmpty)
        let (crossFileProblems, prepared) = BothAtOnce.run(
            { DatasetValidator.problems(in: decoded, fileNames: paths, droppedIdentifiers: droppedIdentifiers) },
            { decodedCleanly ? prepare(decoded) : nil }
        )
        for (index, file) in files.enumerated() {
            let laterProblems = crossFileProblems.filter { $0.file == index }
            diagnostics += file.diagnostics(adding: laterProblems)
        }
        guard diagnostics.isEmpty, let prepared else { throw DatasetLoadError(diagnostics: diagnostics) }
        return (dataset, prepared)
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

    private static func decode(bytes: [UInt8], path: String, index: Int, into dataset: inout Dataset, dropped: inout Set<String>) -> LoadedFile {
        switch TextEncodingCheck.start(of: bytes) {
        case .failure(let problem):
            return LoadedFile(path: path, bytes: bytes, start: 0, problems: [
                PendingProblem(file: index, offset: 0, pointer: nil, code: problem.code, message: problem.message),
            ])
        case .success(let start):
            let (part, problems, droppedHere) = bytes.withUnsafeBufferPointer { buffer in
                let decoder = DatasetFileDecoder(bytes: buffer, startingAt: start, file: index)
                let part = decoder.decode()
                return (part, decoder.problems, decoder.fields.droppedIdentifiers)
            }
            dataset.merge(part)
            dropped.formUnion(droppedHere)
            return LoadedFile(path: path, bytes: problems.isEmpty ? [] : bytes, start: start, problems: problems)
        }
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
