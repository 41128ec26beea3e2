/// Eight bytes of text read as one 64-bit word, tested all at once ("SIMD within a register"):
/// `JSONReader` skips the ordinary stretches of a string eight bytes at a time this way. Each
/// test says exactly whether any of the eight bytes qualifies (no false answers either way).
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        (word &- ones &* UInt64(limit)) & ~word & highBits != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        hasByte(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// Whether any byte of `word` has its high bit set (is not ASCII).
    @inline(__always)
    static func hasHighBit(_ word: UInt64) -> Bool {
        word & highBits != 0
    }
}
