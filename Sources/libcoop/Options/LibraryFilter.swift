import ArgumentParser
import LibcoopCore

/// Picks the library a command argument or `--library` value names (an id or a name that picks
/// out one library), or fails with a usage error that says what was wrong.
enum LibraryFilter {
    static func library(named value: String, in dataset: Dataset) throws -> Library {
        switch LibraryResolver.resolve(value, in: dataset.libraries) {
        case .success(let library): return library
        case .failure(let failure): throw ValidationError(failure.description)
        }
    }

    /// The id of the library `value` names, or `nil` when no filter was given.
    static func id(for value: String?, in dataset: Dataset) throws -> String? {
        try value.map { try library(named: $0, in: dataset).id }
    }
}
