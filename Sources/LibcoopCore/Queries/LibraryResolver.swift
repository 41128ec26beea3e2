import Foundation

/// Finds the one library a user means by an id or a name ("yuhuatai", "雨花台区图书馆", "雨花台").
public enum LibraryResolver {
    /// Why a library could not be chosen.
    public enum Failure: Error, Equatable, CustomStringConvertible {
        case notFound(query: String, suggestion: String?)
        case ambiguous(query: String, candidates: [String])

        public var description: String {
            switch self {
            case .notFound(let query, let suggestion):
                "no library matches \"\(TextCheck.quoted(query))\"" + (suggestion.map { "; did you mean \"\($0)\"?" } ?? "")
            case .ambiguous(let query, let candidates):
                "\"\(TextCheck.quoted(query))\" matches several libraries: \(candidates.joined(separator: ", ")); give an id"
            }
        }
    }

    /// An exact id, then an exact Chinese or English name (ignoring case), then a unique part of a
    /// name. Failing that, the id or name nearest to a typo (`yuhuatia`, `雨花苔区图书馆`) is suggested.
    public static func resolve(_ query: String, in libraries: [Library]) -> Result<Library, Failure> {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        if let match = libraries.first(where: { $0.id == trimmed }) { return .success(match) }
        let folded = trimmed.lowercased()
        let exact = libraries.filter { $0.name == trimmed || $0.nameEnglish?.lowercased() == folded }
        if exact.count == 1 { return .success(exact[0]) }
        let partial = exact.isEmpty
            ? libraries.filter { $0.name.contains(trimmed) || ($0.nameEnglish?.lowercased().contains(folded) ?? false) }
            : exact
        if partial.count == 1 { return .success(partial[0]) }
        if partial.count > 1 {
            return .failure(.ambiguous(query: trimmed, candidates: partial.prefix(10).map { "\($0.id) (\($0.name))" }))
        }
        let suggestion = libraries.count <= 5_000
            ? Suggestion.closest(to: trimmed, among: libraries.flatMap { [$0.id, $0.name] + ($0.nameEnglish.map { [$0] } ?? []) })
            : nil
        return .failure(.notFound(query: trimmed, suggestion: suggestion))
    }
}
