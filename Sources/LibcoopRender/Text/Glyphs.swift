/// The symbols libcoop draws around data text: separators, ellipses, bars, tree branches, arrows.
///
/// Most of them are East Asian Ambiguous (`·`, `…`, `—`, `●`, `→`, box drawing, block elements),
/// so a terminal that draws ambiguous characters two columns wide would push every line out of
/// place. There the ASCII set is used instead. The set is chosen once for a run, from the same
/// task-local as the measuring (`AmbiguousWidth.current`), so panes never test for it:
///
/// ```swift
/// grid.write(items.joined(separator: Glyphs.current.separator), …)
/// ```
///
/// Data text (names, titles) is never rewritten: only what libcoop itself adds comes from here.
public struct Glyphs: Hashable, Sendable {
    /// Between items on one line: `" · "` without the spaces (`·` / `|`).
    public var dot: String
    /// Text cut short, or a list that goes on (`…` / `...`).
    public var ellipsis: String
    /// The Chinese ellipsis, two `…` (`……` / `...`).
    public var chineseEllipsis: String
    /// One column that says "more to the right" in a bar that ran out of room (`…` / `>`).
    public var overflow: String
    /// A value that is missing (`—` / `-`).
    public var missing: String
    /// Between two dates of a range (`–` / `-`).
    public var rangeDash: String
    /// Before an item of a list of sources (`•` / `*`).
    public var bullet: String
    /// Before an event in a list of links (`●` / `*`).
    public var event: String
    /// Before a link to another record (`→` / `->`).
    public var link: String
    /// Between the parts of a breadcrumb, and the marker of tabs hidden to the right (`›` / `>`).
    public var next: String
    /// The marker of tabs hidden to the left (`‹` / `<`).
    public var previous: String
    /// A thin horizontal rule under a table header (`─` / `-`).
    public var rule: String
    /// Before a child in a tree that has siblings after it (`├ ` / `|-`).
    public var treeBranch: String
    /// Before the last child of its parent in a tree (`└ ` / `` `- ``).
    public var treeBranchLast: String
    /// A year covered by a bar in a timeline (`━` / `=`).
    public var barFull: String
    /// The end of a bar still going on (`▶` / `>`).
    public var barOngoing: String
    /// A year of something ongoing without dates (`┄` / `.`).
    public var barDashed: String
    /// A single event on a timeline (`●` / `o`).
    public var barEvent: String
    /// A document on a timeline, in its year and before its title (`◆` / `#`).
    public var document: String
    /// The roof line above a building's cross-section (`▁` / `_`).
    public var roof: String
    /// The left and right walls of a building's cross-section (`▕`, `▏` / `|`, `|`).
    public var wallLeft: String
    public var wallRight: String
    /// A scrollbar's track, vertical and horizontal, and its thumb (`│ ─ █` / `| - #`).
    public var scrollTrackVertical: String
    public var scrollTrackHorizontal: String
    public var scrollThumb: String
    /// The arrow keys as key names (`↑ ↓ ← →` / `Up Down Left Right`).
    public var up: String
    public var down: String
    public var left: String
    public var right: String
    /// Up and down together, for a key hint (`↑↓` / `Up/Dn`).
    public var upDown: String
    /// Between width and height (`×` / `x`).
    public var times: String

    /// The Unicode symbols, for terminals that draw ambiguous characters one column wide.
    public static let unicode = Glyphs(
        dot: "·", ellipsis: "…", chineseEllipsis: "……", overflow: "…", missing: "—", rangeDash: "–", bullet: "•", event: "●", link: "→",
        next: "›", previous: "‹", rule: "─", treeBranch: "├ ", treeBranchLast: "└ ", barFull: "━", barOngoing: "▶", barDashed: "┄",
        barEvent: "●", document: "◆", roof: "▁", wallLeft: "▕", wallRight: "▏", scrollTrackVertical: "│",
        scrollTrackHorizontal: "─", scrollThumb: "█", up: "↑", down: "↓", left: "←", right: "→", upDown: "↑↓",
        times: "×")

    /// ASCII stand-ins, the same width everywhere.
    public static let ascii = Glyphs(
        dot: "|", ellipsis: "...", chineseEllipsis: "...", overflow: ">", missing: "-", rangeDash: "-", bullet: "*", event: "*", link: "->",
        next: ">", previous: "<", rule: "-", treeBranch: "|-", treeBranchLast: "`-", barFull: "=", barOngoing: ">", barDashed: ".",
        barEvent: "o", document: "#", roof: "_", wallLeft: "|", wallRight: "|", scrollTrackVertical: "|",
        scrollTrackHorizontal: "-", scrollThumb: "#", up: "Up", down: "Down", left: "Left", right: "Right",
        upDown: "Up/Dn", times: "x")

    /// The set for this run: ASCII when `AmbiguousWidth.current` is `.wide`, Unicode otherwise.
    public static var current: Glyphs {
        AmbiguousWidth.current == .wide ? .ascii : .unicode
    }
}
