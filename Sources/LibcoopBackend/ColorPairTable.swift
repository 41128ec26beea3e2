/// Allocates ncurses colour pairs for (foreground, background) combinations on first use.
///
/// Pair 0 is the terminal's default colours. New pairs are numbered from 1 up to `limit`; when
/// they run out, further combinations fall back to pair 0 (default colours) rather than
/// redefining pairs already on screen.
struct ColorPairTable {
    /// The highest pair number that may be used.
    let limit: Int
    private var pairs: [ColorKey: Int16] = [:]

    private struct ColorKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// A table for a terminal with `colorPairs` pairs (ncurses `COLOR_PAIRS`).
    init(colorPairs: Int) {
        limit = max(0, min(colorPairs - 1, Int(Int16.max)))
    }

    /// The pair for the colours, and whether it was newly allocated (and so must be defined with
    /// `init_pair` before use).
    mutating func pair(foreground: Int16, background: Int16) -> (pair: Int16, isNew: Bool) {
        if foreground == -1, background == -1 { return (0, false) }
        let key = ColorKey(foreground: foreground, background: background)
        if let existing = pairs[key] { return (existing, false) }
        guard pairs.count < limit else { return (0, false) }
        let number = Int16(pairs.count + 1)
        pairs[key] = number
        return (number, true)
    }

    /// The number of pairs allocated so far.
    var count: Int { pairs.count }
}
