/// The boundary between the program and a terminal: show a grid, wait for input.
///
/// `NcursesBackend` (module LibcoopBackend) drives a real terminal; `InMemoryBackend` plays one
/// in tests. A program's loop is:
///
/// ```swift
/// while running {
///     var grid = Grid(size: backend.size)
///     view(state, &grid)
///     backend.draw(grid)
///     if let event = backend.nextEvent(timeout: nil) { state = update(state, event) }
/// }
/// ```
public protocol TerminalBackend {
    /// The current size of the screen in cells.
    var size: Size { get }

    /// Shows `grid`; only cells that differ from the previous frame are sent. The grid's
    /// `cursor`, if set, is where the terminal cursor is shown.
    mutating func draw(_ grid: Grid)

    /// Waits for the next input event without using the CPU. Returns nil when `timeout` passes
    /// (nil waits for ever) or when `wake()`-style interruption asks the loop to look at other
    /// work.
    mutating func nextEvent(timeout: Duration?) -> InputEvent?
}
