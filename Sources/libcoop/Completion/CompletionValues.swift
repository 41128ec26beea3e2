import Foundation
import LibcoopCore

/// The values a shell completes from the dataset the command line would read: library ids and
/// names, and `kind:id` for every record.
///
/// The shell calls `libcoop` back with the words typed so far (argument-parser's
/// `CompletionKind.custom`); the files come from the `--data` among those words, else
/// `$LIBCOOP_DATA`, else the bundled sample, as the command itself would choose them. A dataset
/// that cannot be read, or is invalid, completes nothing rather than printing errors into the
/// user's prompt; a dataset larger than `largestDatasetBytes` completes nothing too, so a key
/// press never waits for a national-scale file.
enum CompletionValues {
    /// Datasets above this size are not read for completion.
    static let largestDatasetBytes = 64 << 20

    /// Library ids, names and English names that begin with `prefix`.
    static func libraries(words: [String], prefix: String) -> [String] {
        guard let dataset = dataset(for: words) else { return [] }
        var values: [String] = []
        for library in dataset.libraries {
            values.append(library.id)
            values.append(library.name)
            if let english = library.nameEnglish { values.append(english) }
        }
        return matching(values, prefix: prefix)
    }

    /// `kind:id` of every record of these kinds that begins with `prefix`; while no kind is typed
    /// yet, the kinds themselves (`staff:`).
    static func records(words: [String], prefix: String, kinds: [RecordKind] = RecordKind.allCases) -> [String] {
        guard prefix.contains(":") else {
            return matching(kinds.map { $0.rawValue + ":" }, prefix: prefix)
        }
        guard let dataset = dataset(for: words) else { return [] }
        var values: [String] = []
        for kind in kinds where prefix.hasPrefix(kind.rawValue + ":") {
            values += ids(of: kind, in: dataset).map { RecordReference(kind: kind, id: $0).description }
        }
        return matching(values, prefix: prefix)
    }

    /// The ids of one kind's records.
    static func ids(of kind: RecordKind, in dataset: Dataset) -> [String] {
        switch kind {
        case .library: dataset.libraries.map(\.id)
        case .space: dataset.libraries.flatMap { $0.allSpaces.map(\.id) }
        case .program: dataset.programs.map(\.id)
        case .event: dataset.events.map(\.id)
        case .phase: dataset.phases.map(\.id)
        case .document: dataset.documents.map(\.id)
        case .organization: dataset.organizations.map(\.id)
        case .staff: dataset.staff.map(\.id)
        }
    }

    /// Values that begin with `prefix`, each once, in the dataset's order, leaving out any a shell
    /// could misread: control characters and line separators (a completion is one line), and the
    /// characters bash expands in the word list argument-parser hands to `compgen -W` (`$`, a
    /// backquote, a backslash, quotes) — a name from the data must never run as a command.
    static func matching(_ values: [String], prefix: String) -> [String] {
        var seen: Set<String> = []
        return values.filter { value in
            value.hasPrefix(prefix) && isSafeForShells(value) && seen.insert(value).inserted
        }
    }

    /// Whether a shell takes `value` as plain text in a completion list.
    static func isSafeForShells(_ value: String) -> Bool {
        !value.unicodeScalars.contains { scalar in
            scalar.properties.generalCategory == .control || scalar == "\u{2028}" || scalar == "\u{2029}"
                || "$`\\'\"".unicodeScalars.contains(scalar)
        }
    }

    /// The dataset the typed command would read, or nil when it cannot be read quickly and cleanly.
    static func dataset(for words: [String]) -> Dataset? {
        let requested = dataFiles(in: words)
        let environment = ProcessInfo.processInfo.environment
        guard case .success(let paths) = DatasetLocator.paths(
            requested: requested, environment: environment, executablePath: ExecutablePath.current()
        ) else { return nil }
        let bytes = paths.reduce(0) { $0 + ((try? FileManager.default.attributesOfItem(atPath: $1)[.size] as? Int) ?? 0) }
        guard bytes <= largestDatasetBytes else { return nil }
        return try? DatasetLoader.load(paths: paths)
    }

    /// The values of every `--data FILE` and `--data=FILE` among the words (`~/` expanded, as the
    /// shell will expand it when the command runs).
    static func dataFiles(in words: [String]) -> [String] {
        var files: [String] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            if word == "--data", index + 1 < words.endIndex {
                files.append(words[index + 1])
                index += 2
                continue
            }
            if word.hasPrefix("--data=") { files.append(String(word.dropFirst("--data=".count))) }
            index += 1
        }
        return files.map { ($0 as NSString).expandingTildeInPath }
    }
}
