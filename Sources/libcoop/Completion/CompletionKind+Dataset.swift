import ArgumentParser
import LibcoopCore

/// Completions that read the dataset (`CompletionValues`), for the arguments and options that
/// name a library or a record.
extension CompletionKind {
    /// Library ids, names and English names.
    static var libraries: CompletionKind {
        .custom { words, _, prefix in CompletionValues.libraries(words: words, prefix: prefix) }
    }

    /// `kind:id` of any record (`--open`).
    static var records: CompletionKind {
        .custom { words, _, prefix in CompletionValues.records(words: words, prefix: prefix) }
    }

    /// `kind:id` of the records `edit` and `remove` take: every kind but spaces, which are
    /// changed with their library.
    static var editableRecords: CompletionKind {
        .custom { words, _, prefix in
            CompletionValues.records(words: words, prefix: prefix, kinds: RecordKind.allCases.filter { $0 != .space })
        }
    }
}
