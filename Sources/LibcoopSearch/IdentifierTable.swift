/// Finds a record by its exact id: an open-addressing hash table of record numbers, 8 bytes a
/// record for a million ids instead of a dictionary of a million strings.
public struct IdentifierTable: Sendable {
    /// Record number plus one in each slot; 0 is empty.
    private let slots: [UInt32]

    public init(count: Int, id: (Int) -> String) {
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        var slots = [UInt32](repeating: 0, count: capacity)
        let mask = capacity - 1
        for record in 0..<count {
            var slot = Int(truncatingIfNeeded: Self.hash(id(record))) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = UInt32(record + 1)
        }
        self.slots = slots
    }

    /// The first record whose id is `wanted`.
    public func record(withID wanted: String, id: (Int) -> String) -> Int? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: Self.hash(wanted)) & mask
        while slots[slot] != 0 {
            let record = Int(slots[slot] - 1)
            if id(record) == wanted { return record }
            slot = (slot + 1) & mask
        }
        return nil
    }

    public var storageBytes: Int { slots.capacity * 4 }

    /// FNV-1a over the UTF-8 bytes: stable, and fast for short ids.
    private static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash ^ (hash >> 29)
    }
}
