import Foundation

/// Work run on its own thread while the UI loop keeps answering the terminal — loading and
/// indexing a national dataset takes seconds. The worker reports its current step; the loop
/// reads the step and, once finished, the result. `onChange` is called from the worker after each
/// step and at the end (the runtime passes the backend's wake-up).
public final class BackgroundWork<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value?
    private var currentStep: String
    private let onChange: @Sendable () -> Void

    /// Starts `work` at once on a new thread; `work` calls its argument to announce a new step.
    public init(firstStep: String, onChange: @escaping @Sendable () -> Void, _ work: @escaping @Sendable (_ report: @Sendable (String) -> Void) -> Value) {
        currentStep = firstStep
        self.onChange = onChange
        let thread = Thread { [self] in
            let result = work { step in
                self.lock.withLock { self.currentStep = step }
                self.onChange()
            }
            lock.withLock { value = result }
            onChange()
        }
        thread.stackSize = 8 << 20
        thread.start()
    }

    /// The result, once the work has finished.
    public var result: Value? { lock.withLock { value } }

    /// What the work is doing now, for the loading screen.
    public var step: String { lock.withLock { currentStep } }
}
