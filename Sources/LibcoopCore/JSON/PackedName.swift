/// A short name (at most 16 UTF-8 bytes) held in two words, zero-padded, with its length: the
/// decoder matches each member name in a file against a kind's member names this way, two word
/// comparisons a name instead of a loop over its bytes.
struct PackedName: Equatable {
    static let capacity = 16

    private var low: UInt64
    private var high: UInt64
    /// The length in bytes; -1 for a name too long to pack, which equals no packed name.
    private var count: Int

    /// A value equal to no name packed from the file: stands for a name too long to pack.
    static let unmatchable = PackedName(low: 0, high: 0, count: -1)

    private init(low: UInt64, high: UInt64, count: Int) {
        self.low = low
        self.high = high
        self.count = count
    }

    /// `bytes` packed, or `nil` when they are longer than `capacity`.
    init?(_ bytes: some Collection<UInt8>) {
        guard bytes.count <= Self.capacity else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            if index < 8 { low |= UInt64(byte) << UInt64(index * 8) } else { high |= UInt64(byte) << UInt64((index - 8) * 8) }
        }
        self.init(low: low, high: high, count: bytes.count)
    }

    /// The bytes at `range` of `buffer` packed, or `nil` when they are longer than `capacity`.
    /// Reads two whole words where the buffer has 16 bytes from the range's start.
    @inline(__always)
    init?(_ range: Range<Int>, in buffer: UnsafeBufferPointer<UInt8>) {
        let count = range.count
        guard count <= Self.capacity else { return nil }
        guard let base = buffer.baseAddress, range.lowerBound &+ 16 <= buffer.count else {
            self.init(UnsafeBufferPointer(rebasing: buffer[range]))
            return
        }
        let raw = UnsafeRawPointer(base)
        let low = raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)
        let high = raw.loadUnaligned(fromByteOffset: range.lowerBound &+ 8, as: UInt64.self)
        self.init(
            low: low & ByteWord.keeping(first: count),
            high: count <= 8 ? 0 : high & ByteWord.keeping(first: count &- 8),
            count: count
        )
    }
}
