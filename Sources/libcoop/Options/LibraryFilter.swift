import ArgumentParser
import LibcoopCore
import LibcoopRender

/// Picks the library a command argument or `--library` value names (an id or a name that picks
/// out one library).
///
/// A value that names no library is a no-match like any other (exit 1, as grep): the message
/// suggests the nearest id or name when one is a likely typo, else lists the libraries there are
/// (ids and names, the first ten). A value that names several is a usage error (64) listing them.
enum LibraryFilter {
    /// How many libraries a no-match message lists before pointing to `libcoop libraries`.
    static let listedLibraries = 10

    static func library(named value: String, in dataset: Dataset) throws -> Library {
        switch LibraryResolver.resolve(value, in: dataset.libraries) {
        case .success(let library): return library
        case .failure(let failure):
            StandardStreams.writeError(message(for: failure, libraries: dataset.libraries))
            if case .ambiguous = failure { throw ExitCode(ExitStatus.usage) }
            throw ExitCode(ExitStatus.noMatch)
        }
    }

    /// The id of the library `value` names, or `nil` when no filter was given.
    static func id(for value: String?, in dataset: Dataset) throws -> String? {
        try value.map { try library(named: $0, in: dataset).id }
    }

    /// What is printed on standard error, every line ending in a newline.
    static func message(for failure: LibraryResolver.Failure, libraries: [Library]) -> String {
        var text = "libcoop: " + TerminalText.sanitized(failure.description)
        guard case .notFound(_, nil) = failure else { return text + "\n" }
        guard !libraries.isEmpty else { return text + "; this dataset has no libraries\n" }
        text += "; the libraries are:\n"
        var table = TextTable(headers: [])
        for library in libraries.prefix(listedLibraries) { table.append([library.id, library.name, library.nameEnglish ?? ""]) }
        text += table.renderRows(indent: "  ")
        if libraries.count > listedLibraries {
            text += "  … and \(CountText.grouped(libraries.count - listedLibraries)) more (libcoop libraries lists them all)\n"
        }
        return text
    }
}
