/// How many columns a terminal gives characters of East Asian Width "Ambiguous"
/// (for example `°`, `±`, `§`, `※`, Greek and Cyrillic letters, box-drawing in some fonts).
///
/// Most terminals draw them one column wide; terminals set up for a CJK legacy locale may
/// draw them two wide. The choice belongs to the terminal, so it is made once for a whole run:
///
/// ```swift
/// AmbiguousWidth.$current.withValue(.wide) { runApp() }
/// ```
public enum AmbiguousWidth: Sendable, Hashable {
    /// One column (the default, matching most terminals and libc's `wcwidth`).
    case narrow
    /// Two columns.
    case wide

    /// The width used by `displayWidth` when none is passed explicitly. Narrow unless a caller
    /// binds it with `AmbiguousWidth.$current.withValue(_:operation:)`.
    @TaskLocal public static var current: AmbiguousWidth = .narrow

    /// The number of columns for an ambiguous character under this choice.
    var columns: Int { self == .wide ? 2 : 1 }
}
