/// Tells a person at a terminal that `--limit` cut the results ("showing 20 of 1,234 matches;
/// --limit N for more"), on standard error, so a result list never ends silently short. Nothing is
/// said when standard output is a pipe or a file: a script asked for that many.
enum LimitNotice {
    /// The limit to search with: one more than `limit`, to learn whether there are more.
    static func probe(_ limit: Int) -> Int { limit < Int.max ? limit + 1 : limit }

    /// When `found` (searched with `probe(limit)`) is more than `limit` and standard output is a
    /// terminal, writes the notice with the total that `count()` finds (asked only then, as counting
    /// every match of a short query over a million names takes a moment).
    static func report(found: Int, limit: Int, count: () -> Int) {
        guard found > limit, StandardStreams.outputIsTerminal else { return }
        StandardStreams.writeError(
            "libcoop: showing \(CountText.grouped(limit)) of \(CountText.grouped(count())) matches; --limit N for more\n")
    }
}
