import ArgumentParser
import Foundation
import LibcoopCore

/// Completions that read the dataset (`CompletionValues`), for the arguments and options that
/// name a library or a record.
extension CompletionKind {
    /// Library ids, names and English names.
    static var libraries: CompletionKind {
        .custom { words, _, prefix in forShell(CompletionValues.libraries(words: words, prefix: prefix)) }
    }

    /// `kind:id` of any record (`--open`).
    static var records: CompletionKind {
        .custom { words, _, prefix in forShell(CompletionValues.records(words: words, prefix: prefix)) }
    }

    /// `kind:id` of the records `edit` and `remove` take: every kind but spaces, which are
    /// changed with their library.
    static var editableRecords: CompletionKind {
        .custom { words, _, prefix in
            forShell(CompletionValues.records(words: words, prefix: prefix, kinds: RecordKind.allCases.filter { $0 != .space }))
        }
    }

    /// The values as the calling shell reads them: zsh's `_describe`, which argument-parser's
    /// script hands them to, takes `value:description`, so a colon in a value (`staff:…`) is
    /// escaped there (argument-parser learns the shell from the script's `SAP_SHELL`).
    private static func forShell(_ values: [String]) -> [String] {
        guard CompletionShell.requesting == .zsh else { return values }
        return values.map { $0.replacingOccurrences(of: ":", with: "\\:") }
    }
}
