import Glibc

/// Removes a half-written file when the process is ended by SIGINT (Ctrl-C), SIGTERM or SIGHUP,
/// then lets the signal end the process as it would have (a shell sees 128 + n).
///
/// `generate --output` writes a temporary file beside the target and renames it into place at
/// the end, and so do dataset writes (`edit`, `add`, `remove`, `fmt`, through
/// `DatasetFileReplacement`); without this, stopping a run at that moment would leave the
/// temporary file behind (until the next write to the same file removes it). In the browser the
/// terminal guard owns these signals, so there the next write removes it. The handler
/// only reads a C string made beforehand and calls `unlink` and `raise`, which are safe in a
/// signal handler. A signal that is ignored (as under `nohup`) or handled by someone else is left
/// alone.
enum InterruptCleanup {
    private static let signals = [SIGINT, SIGTERM, SIGHUP]
    nonisolated(unsafe) private static var pathToRemove: UnsafeMutablePointer<CChar>?
    nonisolated(unsafe) private static var armedSignals: [Int32] = []

    /// What `DatasetFileReplacement.replace` and `AtomicFileWriter` tell as their temporary file
    /// comes and goes: nil before it exists (the handlers are installed then, so they are in place
    /// the instant it is created) and once it is gone; its path the moment it exists.
    static func follow(_ path: String?) {
        if let path {
            pathToRemove = strdup(path)
        } else {
            pathToRemove = nil
        }
        installHandlers()
    }

    /// Takes over each signal whose action is still the default; those already taken over are
    /// kept. A handler with no path to remove just ends the process, as the default would.
    private static func installHandlers() {
        for signal in signals where !armedSignals.contains(signal) {
            var current = sigaction()
            guard sigaction(signal, nil, &current) == 0,
                  current.sa_flags & SA_SIGINFO == 0, current.__sigaction_handler.sa_handler == nil else { continue }
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in
                if let path = InterruptCleanup.pathToRemove { unlink(path) }
                // The default action back and the signal unblocked (as SA_RESETHAND would, also
                // if someone put this handler back without it): raised again, it ends the process.
                var defaultAction = sigaction()
                defaultAction.__sigaction_handler.sa_handler = nil
                sigemptyset(&defaultAction.sa_mask)
                sigaction(signal, &defaultAction, nil)
                var unblocked = sigset_t()
                sigemptyset(&unblocked)
                sigaddset(&unblocked, signal)
                sigprocmask(SIG_UNBLOCK, &unblocked, nil)
                raise(signal)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
            if sigaction(signal, &action, nil) == 0 { armedSignals.append(signal) }
        }
    }

    /// Puts back the default action of the signals taken over, and forgets the path. The
    /// path's C string is not freed: a handler may still be reading it on another thread, and it
    /// is a few bytes once per run.
    static func disarm() {
        for signal in armedSignals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = nil
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
        armedSignals = []
        pathToRemove = nil
    }
}
