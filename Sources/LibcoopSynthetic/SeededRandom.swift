/// A small deterministic random number generator (SplitMix64): the same seed gives the same dataset
/// on every machine and Swift version, which `SystemRandomNumberGenerator` does not. Also used by
/// the benchmarks to sample queries reproducibly.
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) {
        state = seed
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniformly chosen element; the array must not be empty.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int(next(upperBound: UInt64(elements.count)))]
    }

    /// A number in `0 ..< bound` (0 when `bound` is not positive).
    public mutating func below(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(max(bound, 1))))
    }
}
