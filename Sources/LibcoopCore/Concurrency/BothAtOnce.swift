import Dispatch

/// Runs two independent pieces of work at the same time, one on the calling thread and one on
/// another core, and returns when both are done.
///
/// Loading uses it to validate a dataset while a search index is built from it: a machine with
/// two cores then spends the time of the longer of the two, not their sum.
enum BothAtOnce {
    static func run<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First, _ second: @Sendable () -> Second
    ) -> (First, Second) {
        let firstResult = Slot<First>()
        let secondResult = Slot<Second>()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { firstResult.value = first() } else { secondResult.value = second() }
        }
        return (firstResult.value!, secondResult.value!)
    }
}

/// Where one part of `BothAtOnce` leaves its result. Each slot is written by one part only, and
/// read after `concurrentPerform` has returned, which orders the write before the read.
private final class Slot<Value>: @unchecked Sendable {
    var value: Value?
}
