/// Eight bytes of text read as one 64-bit word, tested all at once ("SIMD within a register"):
/// `JSONReader` skips the ordinary stretches of a string eight bytes at a time this way.
///
/// The `…Bytes` functions give a mask with the high bit of each qualifying byte set. Its lowest
/// set bit is always exact (a borrow only runs upwards, past a byte that does qualify), so
/// `firstByte(in:)` of a mask is exactly the first qualifying byte, and a mask is zero exactly
/// when no byte qualifies; bits above the lowest may be spurious.
enum ByteWord {
    private static let ones: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The bytes of `word` below `limit` (at most 0x80).
    @inline(__always)
    static func bytes(below limit: UInt8, in word: UInt64) -> UInt64 {
        (word &- ones &* UInt64(limit)) & ~word & highBits
    }

    /// The bytes of `word` equal to `byte`.
    @inline(__always)
    static func bytes(equalTo byte: UInt8, in word: UInt64) -> UInt64 {
        bytes(below: 1, in: word ^ (ones &* UInt64(byte)))
    }

    /// The position (0 for the lowest-addressed byte on this little-endian machine) of the first
    /// byte a non-zero mask marks.
    @inline(__always)
    static func firstByte(in mask: UInt64) -> Int {
        mask.trailingZeroBitCount &>> 3
    }

    /// A mask keeping the first `count` bytes (0 to 8) of a word.
    @inline(__always)
    static func keeping(first count: Int) -> UInt64 {
        count >= 8 ? ~0 : (1 &<< UInt64(count &* 8)) &- 1
    }

    /// Whether any byte of `word` is below `limit` (at most 0x80).
    @inline(__always)
    static func hasByte(below limit: UInt8, in word: UInt64) -> Bool {
        bytes(below: limit, in: word) != 0
    }

    /// Whether any byte of `word` equals `byte`.
    @inline(__always)
    static func hasByte(_ byte: UInt8, in word: UInt64) -> Bool {
        bytes(equalTo: byte, in: word) != 0
    }

    /// Whether any byte of `word` has its high bit set (is not ASCII).
    @inline(__always)
    static func hasHighBit(_ word: UInt64) -> Bool {
        word & highBits != 0
    }
}
