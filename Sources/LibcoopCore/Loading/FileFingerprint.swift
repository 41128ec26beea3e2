/// What a file's bytes were when first read: their count and a 64-bit hash of them, to tell
/// whether a second read gives the same file.
///
/// The loader drops a file's bytes once it is decoded, and reads the file again only to place
/// problems found later; a writer may have changed it in between. The hash is computed on every
/// clean load, so it is cheap: four lanes of `state = (state ^ word) * odd constant`, three
/// instructions per 8 bytes (about 1 % of loading a 256 MB file). Each step is a bijection of the
/// state, so files that differ in any one 8-byte word always get different hashes.
struct FileFingerprint: Equatable, Sendable {
    let count: Int
    let hash: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        count = bytes.count
        hash = Self.hash(UnsafeRawBufferPointer(bytes))
    }

    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

    private static func step(_ state: UInt64, _ word: UInt64) -> UInt64 {
        (state ^ word) &* multiplier
    }

    private static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        var offset = 0
        while offset + 32 <= bytes.count {
            lanes.0 = step(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            lanes.1 = step(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
            lanes.2 = step(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
            lanes.3 = step(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
            offset += 32
        }
        var state = lanes.0
        for lane in [lanes.1, lanes.2, lanes.3] {
            state = step(state ^ (state >> 29), lane)
        }
        while offset < bytes.count {
            state = step(state, UInt64(bytes[offset]))
            offset += 1
        }
        return step(state ^ (state >> 29), UInt64(bytes.count))
    }
}
