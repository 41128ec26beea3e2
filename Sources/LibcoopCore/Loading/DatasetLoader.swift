/// Loads one or more dataset files into a single validated `Dataset`.
///
/// Files are read, checked for encoding, decoded and then checked together, so a reference may
/// point into another file and a duplicate id across files is caught. Every problem in every file
/// is reported at once, each placed at `file:line:column` and a JSON pointer.
public enum DatasetLoader {
    /// Loads and merges `paths`, in order. Throws every problem found when any file is unreadable
    /// or invalid; never returns a dataset that fails validation.
    public static func load(paths: [String]) throws(DatasetLoadError) -> Dataset {
        var files: [LoadedFile] = []
        var diagnostics: [Diagnostic] = []
        var dataset = Dataset()
        var dropped: Set<String> = []
        for (index, path) in paths.enumerated() {
            let contents: FileBytes.Contents
            do {
                contents = try FileBytes.contents(ofFile: path)
            } catch {
                diagnostics.append(Diagnostic(file: path, code: .unreadable, message: error.message))
                files.append(LoadedFile(path: path, keeping: [], start: 0, problems: []))
                continue
            }
            files.append(decode(bytes: contents.bytes, path: path, index: index, into: &dataset, dropped: &dropped,
                                keepsCleanBytes: !contents.canBeReadAgain))
        }
        var laterProblems = Array(repeating: [PendingProblem](), count: files.count)
        for problem in DatasetValidator.problems(in: dataset, fileNames: paths, droppedIdentifiers: dropped)
        where laterProblems.indices.contains(problem.file) {
            laterProblems[problem.file].append(problem)
        }
        if !diagnostics.isEmpty || files.contains(where: { !$0.problems.isEmpty }) || laterProblems.contains(where: { !$0.isEmpty }) {
            // The dataset will not be returned: free it before the problems are placed.
            dataset = Dataset()
        }
        for (file, later) in zip(files, laterProblems) {
            let placed = file.diagnostics(adding: later)
            if diagnostics.isEmpty { diagnostics = placed } else { diagnostics += placed }
        }
        guard diagnostics.isEmpty else { throw DatasetLoadError(diagnostics: diagnostics) }
        return dataset
    }

    /// Loads a dataset from bytes in memory, as if read from a file named `name` (for tests and
    /// tools). The caller holds the bytes anyway, so they are kept to place every problem.
    public static func load(bytes: [UInt8], name: String = "<memory>") throws(DatasetLoadError) -> Dataset {
        var dataset = Dataset()
        var dropped: Set<String> = []
        let file = decode(bytes: bytes, path: name, index: 0, into: &dataset, dropped: &dropped, keepsCleanBytes: true)
        let laterProblems = DatasetValidator.problems(in: dataset, fileNames: [name], droppedIdentifiers: dropped)
        let diagnostics = file.diagnostics(adding: laterProblems)
        guard diagnostics.isEmpty else { throw DatasetLoadError(diagnostics: diagnostics) }
        return dataset
    }

    /// Decodes one file into `dataset`. Unless `keepsCleanBytes` (bytes in memory, or from a pipe
    /// that cannot be read twice), a file without problems keeps only a fingerprint of its bytes
    /// (see `LoadedFile`).
    private static func decode(
        bytes: [UInt8], path: String, index: Int, into dataset: inout Dataset, dropped: inout Set<String>, keepsCleanBytes: Bool
    ) -> LoadedFile {
        switch TextEncodingCheck.start(of: bytes) {
        case .failure(let problem):
            return LoadedFile(path: path, keeping: bytes, start: 0, problems: [
                PendingProblem(file: index, offset: 0, pointer: nil, code: problem.code, message: problem.message),
            ])
        case .success(let start):
            let (part, file, droppedHere) = bytes.withUnsafeBufferPointer { buffer in
                let decoder = DatasetFileDecoder(bytes: buffer, startingAt: start, file: index)
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
