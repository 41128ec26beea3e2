import LibcoopRender

/// A terminal that makes the program hit a real Swift trap (`preconditionFailure`) once the
/// first frame is on the screen: how the crash handling is tested with a genuine crash rather
/// than a signal sent from outside. Used only when `LIBCOOP_DEBUG_TRAP=1` is set (a debugging
/// switch, in docs/RELIABILITY.md and not in the help).
struct DebugTrapBackend<Wrapped: TerminalBackend>: TerminalBackend {
    /// The environment variable that turns the trap on.
    static var variable: String { "LIBCOOP_DEBUG_TRAP" }

    var wrapped: Wrapped
    private var drawn = false

    init(_ wrapped: Wrapped) {
        self.wrapped = wrapped
    }

    var size: Size { wrapped.size }

    mutating func draw(_ grid: Grid) {
        wrapped.draw(grid)
        drawn = true
    }

    mutating func nextEvent(timeout: Duration?) -> InputEvent? {
        if drawn { preconditionFailure("LIBCOOP_DEBUG_TRAP: a deliberate trap after the first frame") }
        return wrapped.nextEvent(timeout: timeout)
    }
}
