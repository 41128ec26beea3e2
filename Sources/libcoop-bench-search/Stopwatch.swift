import Foundation

/// Monotonic time in nanoseconds.
enum Stopwatch {
    static func now() -> UInt64 {
        DispatchTime.now().uptimeNanoseconds
    }

    /// The time `body` took, in nanoseconds, and its result.
    static func measure<Result>(_ body: () throws -> Result) rethrows -> (nanoseconds: UInt64, result: Result) {
        let start = now()
        let result = try body()
        return (now() - start, result)
    }
}
