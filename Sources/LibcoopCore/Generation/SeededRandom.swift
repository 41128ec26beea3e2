/// A small deterministic random number generator (SplitMix64): the same seed gives the same dataset
/// on every machine and Swift version, which `SystemRandomNumberGenerator` does not.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// A uniformly chosen element; the array must not be empty.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[Int(next(upperBound: UInt64(elements.count)))]
    }

    mutating func below(_ bound: Int) -> Int {
        Int(next(upperBound: UInt64(max(bound, 1))))
    }
}
