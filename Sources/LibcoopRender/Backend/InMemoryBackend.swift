/// A terminal in memory, for tests and headless runs: it keeps the last grid drawn and hands out
/// events queued by the test, like tcell's simulation screen.
public struct InMemoryBackend: TerminalBackend {
    /// The current screen size; `resize(to:)` changes it and queues a resize event.
    public private(set) var size: Size
    /// The last grid drawn, or nil before the first frame.
    public private(set) var lastFrame: Grid?
    /// How many frames have been drawn.
    public private(set) var frameCount = 0
    /// Events waiting to be read, in order.
    public private(set) var pendingEvents: [InputEvent] = []

    /// A terminal of `size` with no events queued.
    public init(size: Size) {
        self.size = size
    }

    public mutating func draw(_ grid: Grid) {
        lastFrame = grid
        frameCount += 1
    }

    /// Returns the next queued event, or nil when the queue is empty (it never waits).
    public mutating func nextEvent(timeout: Duration?) -> InputEvent? {
        pendingEvents.isEmpty ? nil : pendingEvents.removeFirst()
    }

    /// Queues events to be read by `nextEvent`.
    public mutating func inject(_ events: [InputEvent]) {
        pendingEvents.append(contentsOf: events)
    }

    /// Queues one event.
    public mutating func inject(_ event: InputEvent) {
        pendingEvents.append(event)
    }

    /// Changes the size and queues the resize event a terminal would send.
    public mutating func resize(to newSize: Size) {
        size = newSize
        pendingEvents.append(.resize(newSize))
    }

    /// The last frame as text lines (empty before the first frame).
    public var screenLines: [String] { lastFrame?.textLines() ?? [] }
}
