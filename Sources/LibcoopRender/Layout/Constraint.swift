/// How much space one part of a `Layout` asks for along the split direction.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (shrunk only when the whole area is too small).
    case fixed(Int)
    /// This percentage (0–100) of the space being split.
    case percentage(Int)
    /// At least this many cells; grows into leftover space when no `fill` part claims it.
    case min(Int)
    /// Up to this many cells of leftover space, shared like `fill(1)`.
    case max(Int)
    /// A share of the leftover space proportional to the weight (`fill(2)` gets twice `fill(1)`).
    case fill(Int)
}

/// The direction in which a `Layout` splits an area.
public enum Direction: Hashable, Sendable {
    /// Side by side: parts are columns, left to right.
    case horizontal
    /// Stacked: parts are rows, top to bottom.
    case vertical
}
