extension RecordEdit {
    /// What removing the record would give.
    public enum RemovalOutcome: Sendable {
        /// Other records refer to it (each named by file and JSON pointer, as the file is now),
        /// or the dataset without it has other problems; nothing may be written.
        case refused(references: [String], otherProblems: [String])
        /// The file's new bytes, without the record and its separating comma.
        case ready(fileBytes: [UInt8])
    }

    /// Checks the whole dataset without the record: references to it are listed rather than
    /// left dangling.
    public func removal() -> RemovalOutcome {
        let bytes: [UInt8]
        do {
            bytes = try RecordWriter.removing(recordAt: place, in: loadedBytes)
        } catch {
            return .refused(references: [], otherProblems: ["\(path): \(error)"])
        }
        do {
            _ = try DatasetLoader.load(paths: paths, substituting: bytes, forPathAt: fileIndex)
            return .ready(fileBytes: bytes)
        } catch {
            let dangling = error.diagnostics.filter { $0.code == .danglingReference }
            let others = error.diagnostics.filter { $0.code != .danglingReference }
            return .refused(
                references: dangling.map { "\($0.file): \(pointerBeforeRemoval($0.pointer, in: $0.file))" },
                otherProblems: others.map { "\($0.file): \($0.pointer?.description ?? ""): \($0.message)" }
            )
        }
    }

    /// `pointer` (into the file without the record) as it is in the file now: records after the
    /// removed one in its array are one place further on.
    private func pointerBeforeRemoval(_ pointer: JSONPointer?, in file: String) -> String {
        guard var components = pointer?.components else { return "" }
        if file == path, components.count >= 2, components[0] == .key(place.array.rawValue),
           case .index(let index) = components[1], index >= place.index {
            components[1] = .index(index + 1)
        }
        return JSONPointer(components).description
    }
}
