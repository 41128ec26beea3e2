import Glibc

/// One stored copy of each text that recurs across records (a department, a title, a room's name),
/// found by the text's bytes in the file, so a repeat costs a hash and a comparison rather than a
/// new string.
///
/// An open-addressing table with a short probe: text that finds no free slot within a few steps,
/// or arrives once `maximumCount` texts are held, is simply not shared. Hostile input can stop the
/// sharing but cannot make a lookup slow.
struct TextInterner {
    private struct Entry {
        var hash: UInt64
        var text: String
    }

    static let maximumCount = 65_536
    private static let probeLimit = 8
    private var slots: [Entry?] = Array(repeating: nil, count: 256)
    private var count = 0

    /// The stored text whose UTF-8 is exactly `bytes`, if there is one.
    func text(matching bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let hash = Self.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.probeLimit {
            guard let entry = slots[slot] else { return nil }
            if entry.hash == hash, Self.utf8(of: entry.text, equals: bytes) { return entry.text }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Stores `text`, whose UTF-8 is `bytes`, for later lookups (unless the table is full).
    mutating func insert(_ text: String, bytes: UnsafeBufferPointer<UInt8>) {
        guard count < Self.maximumCount else { return }
        if (count + 1) * 2 > slots.count { grow() }
        place(Entry(hash: Self.hash(bytes), text: text))
    }

    private mutating func place(_ entry: Entry) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: entry.hash) & mask
        for _ in 0..<Self.probeLimit {
            if slots[slot] == nil {
                slots[slot] = entry
                count += 1
                return
            }
            slot = (slot + 1) & mask
        }
    }

    private mutating func grow() {
        let entries = slots.compactMap { $0 }
        slots = Array(repeating: nil, count: slots.count * 2)
        count = 0
        for entry in entries { place(entry) }
    }

    /// FNV-1a over the bytes.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    private static func utf8(of text: String, equals bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard text.utf8.count == bytes.count else { return false }
        guard !bytes.isEmpty else { return true }
        return text.utf8.withContiguousStorageIfAvailable { memcmp($0.baseAddress!, bytes.baseAddress!, bytes.count) == 0 }
            ?? text.utf8.elementsEqual(bytes)
    }
}
