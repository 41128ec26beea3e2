import LibcoopRender
import Testing

/// An in-memory terminal that plays a test's script of events to a program's run loop and fails
/// the test when the loop asks for more input than the script holds.
///
/// A run loop waits for ever for the next event; `InMemoryBackend` answers an empty queue with
/// nil at once, so a script that forgot its quit key would spin the loop for ever. This terminal
/// instead records a test failure, then sends `stop` (the keys that end the program under test,
/// such as Esc and `q`) until the loop returns. A program that will not stop even then ends the
/// test process with a message rather than hanging it.
public struct ScriptedTerminal: TerminalBackend {
    /// The terminal the program draws on; it holds the script and the last frame.
    public private(set) var terminal: InMemoryBackend
    /// The events that make the program under test stop, sent once the script has run out.
    public let stop: [InputEvent]
    /// Whether the program asked for an event after the script's last one.
    public private(set) var ranOutOfInput = false
    private var stopEventsSent = 0
    private let sourceLocation: SourceLocation

    /// How many times `stop` is sent in full before giving up on the program.
    static let stopAttempts = 10

    /// A terminal of `size` with an empty script; `stop` are the keys that end the program.
    public init(size: Size, stop: [InputEvent], sourceLocation: SourceLocation = #_sourceLocation) {
        precondition(!stop.isEmpty, "a scripted terminal needs the events that stop the program")
        terminal = InMemoryBackend(size: size)
        self.stop = stop
        self.sourceLocation = sourceLocation
    }

    public var size: Size { terminal.size }

    /// The last grid drawn, or nil before the first frame.
    public var lastFrame: Grid? { terminal.lastFrame }

    /// The last frame as text lines (empty before the first frame).
    public var screenLines: [String] { terminal.screenLines }

    public mutating func draw(_ grid: Grid) {
        terminal.draw(grid)
    }

    /// The next scripted event. A wait with a timeout sees nil when the script is empty (time has
    /// passed); a wait without one is a program waiting for input that will never come: the test
    /// fails and the program is sent `stop`.
    public mutating func nextEvent(timeout: Duration?) -> InputEvent? {
        if let event = terminal.nextEvent(timeout: timeout) { return event }
        guard timeout == nil else { return nil }
        if !ranOutOfInput {
            ranOutOfInput = true
            Issue.record("The script ran out of input: the program waited for another event after the last one. End the script with the key that stops the program.",
                         sourceLocation: sourceLocation)
        }
        guard stopEventsSent < stop.count * Self.stopAttempts else {
            fatalError("The program did not stop after its script ran out, even when sent \(stop) \(Self.stopAttempts) times.")
        }
        defer { stopEventsSent += 1 }
        return stop[stopEventsSent % stop.count]
    }

    /// Appends events to the script.
    public mutating func inject(_ events: [InputEvent]) {
        terminal.inject(events)
    }

    /// Appends one event to the script.
    public mutating func inject(_ event: InputEvent) {
        terminal.inject(event)
    }

    /// Changes the size and appends the resize event a terminal would send.
    public mutating func resize(to newSize: Size) {
        terminal.resize(to: newSize)
    }
}
