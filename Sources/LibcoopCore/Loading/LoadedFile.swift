/// One input file between decoding and reporting: the problems decoding found, and what is needed
/// to place those found later by checks on the merged dataset, which know only a JSON pointer.
///
/// A regular file that decoded cleanly has its bytes dropped (a large valid file would otherwise
/// be held through validation) and is read again only if a later check finds a problem in it; a
/// pipe or a FIFO, which cannot be read twice, keeps them. A writer may have changed the file in
/// between, so the second read must match the first's `FileFingerprint`; when it does not, the
/// problems are reported without lines and columns, after a notice, rather than placed in text
/// they were not found in.
struct LoadedFile {
    let path: String
    /// Where the JSON starts (after a byte order mark).
    let start: Int
    let problems: [PendingProblem]
    private let contents: Contents

    private enum Contents {
        case kept([UInt8])
        case dropped(FileFingerprint)
    }

    /// A file whose bytes are kept until its problems are placed.
    init(path: String, keeping bytes: [UInt8], start: Int, problems: [PendingProblem]) {
        self.path = path
        self.start = start
        self.problems = problems
        contents = .kept(bytes)
    }

    /// A file whose bytes are dropped, remembered by their fingerprint.
    init(path: String, dropping bytes: UnsafeBufferPointer<UInt8>, start: Int, problems: [PendingProblem]) {
        self.path = path
        self.start = start
        self.problems = problems
        contents = .dropped(FileFingerprint(bytes))
    }

    /// The fingerprint of the bytes decoded, for a regular file that decoded cleanly.
    var fingerprint: FileFingerprint? {
        if case .dropped(let fingerprint) = contents { return fingerprint }
        return nil
    }

    /// The file's problems and `later` ones, with lines and columns, in the order they occur in the file.
    func diagnostics(adding later: [PendingProblem]) -> [Diagnostic] {
        let all = problems.isEmpty ? later : problems + later
        guard !all.isEmpty else { return [] }
        switch contents {
        case .kept(let bytes):
            return bytes.withUnsafeBufferPointer { placed(all, in: $0) }
        case .dropped(let fingerprint):
            if let reread = try? FileBytes.contents(ofFile: path).bytes,
               reread.withUnsafeBufferPointer({ FileFingerprint($0) }) == fingerprint {
                return reread.withUnsafeBufferPointer { placed(all, in: $0) }
            }
            let notice = Diagnostic(
                file: path, code: .changedWhileReading,
                message: "the file changed while libcoop was checking it; the problems below are in the version read first and are shown without lines and columns (check it again)"
            )
            return [notice] + all.map { Diagnostic(file: path, pointer: $0.pointer, code: $0.code, message: $0.message) }
        }
    }

    /// Places every problem: those with only a pointer are found in one pass over the file, then
    /// all are sorted by offset, which most already are.
    private func placed(_ all: [PendingProblem], in bytes: UnsafeBufferPointer<UInt8>) -> [Diagnostic] {
        var offsets = all.map { $0.offset ?? 0 }
        let unplaced = all.indices.filter { all[$0].offset == nil && all[$0].pointer != nil }
        let located = PointerLocator.offsets(of: unplaced.map { all[$0].pointer! }, in: bytes, startingAt: start)
        for (position, index) in unplaced.enumerated() {
            offsets[index] = located[position] ?? 0
        }
        let order = all.indices.sorted { (offsets[$0], $0) < (offsets[$1], $1) }
        let locations = LineIndex.locations(ofAscending: order.map { offsets[$0] }, in: bytes)
        return zip(order, locations).map { index, location in
            let problem = all[index]
            return Diagnostic(file: path, line: location.line, column: location.column, pointer: problem.pointer, code: problem.code, message: problem.message)
        }
    }
}
