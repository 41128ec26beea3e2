/// One stored copy of each text that recurs across the records of one file (a department, a
/// title, a room's name, a reference to a library), found by the text's bytes in the file, so a
/// repeat costs a hash and a comparison rather than a new string (making a `String` checks its
/// UTF-8 again and costs about as much as a few hundred instructions).
///
/// Entries remember where their first occurrence lies in the file and are compared with it there,
/// so an interner serves the bytes of one file only. An open-addressing table with a short probe:
/// text that finds no free slot within a few steps, or arrives once `maximumCount` texts are held,
/// is simply not shared. Hostile input can stop the sharing but cannot make a lookup slow.
struct TextInterner {
    /// Where a stored text's first occurrence lies in the file, and its hash; the texts are kept
    /// apart (`texts`), so probing reads no string and costs no reference counting.
    private struct Slot {
        var hash: UInt64 = 0
        /// -1 for a free slot.
        var start = -1
        var count = 0
    }

    static let maximumCount = 65_536
    private static let probeLimit = 8
    private var slots = [Slot](repeating: Slot(), count: 256)
    private var texts = [String](repeating: "", count: 256)
    private var count = 0

    /// The stored text whose UTF-8 is exactly the bytes at `range` of `file`, if there is one;
    /// `hash` is `Self.hash(of: range, in: file)`.
    func text(hash: UInt64, matching range: Range<Int>, in file: UnsafeBufferPointer<UInt8>) -> String? {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: hash) & mask
        for _ in 0..<Self.probeLimit {
            let slot = slots[index]
            guard slot.start >= 0 else { return nil }
            if slot.hash == hash, slot.count == range.count,
               Self.bytesEqual(file, slot.start, range.lowerBound, count: slot.count) { return texts[index] }
            index = (index + 1) & mask
        }
        return nil
    }

    /// Stores `text`, whose UTF-8 is the bytes at `range` of `file` (hashing to `hash`), for later
    /// lookups (unless the table is full).
    mutating func insert(_ text: String, hash: UInt64, range: Range<Int>) {
        guard count < Self.maximumCount else { return }
        if (count + 1) * 2 > slots.count { grow() }
        place(Slot(hash: hash, start: range.lowerBound, count: range.count), text)
    }

    private mutating func place(_ slot: Slot, _ text: String) {
        let mask = slots.count - 1
        var index = Int(truncatingIfNeeded: slot.hash) & mask
        for _ in 0..<Self.probeLimit {
            if slots[index].start < 0 {
                slots[index] = slot
                texts[index] = text
                count += 1
                return
            }
            index = (index + 1) & mask
        }
    }

    private mutating func grow() {
        let entries = zip(slots, texts).filter { $0.0.start >= 0 }
        slots = [Slot](repeating: Slot(), count: slots.count * 2)
        texts = [String](repeating: "", count: slots.count)
        count = 0
        for (slot, text) in entries { place(slot, text) }
    }

    /// A hash of the bytes at `range` of `file`, eight at a time.
    static func hash(of range: Range<Int>, in file: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash = UInt64(truncatingIfNeeded: range.count) &* multiplier
        var index = range.lowerBound
        var tail: UInt64 = 0
        if let base = file.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index &+ 8 <= range.upperBound {
                hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* multiplier
                hash ^= hash &>> 29
                index &+= 8
            }
            if index < range.upperBound, index &+ 8 <= file.count {
                tail = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & ByteWord.keeping(first: range.upperBound &- index)
                index = range.upperBound
            }
        }
        var shift: UInt64 = 0
        while index < range.upperBound {
            tail |= UInt64(file[index]) &<< shift
            shift &+= 8
            index &+= 1
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash &>> 32
        return hash
    }

    /// Whether the `count` bytes of `file` from `first` equal those from `second`.
    private static func bytesEqual(_ file: UnsafeBufferPointer<UInt8>, _ first: Int, _ second: Int, count: Int) -> Bool {
        guard let base = file.baseAddress else { return count == 0 }
        let raw = UnsafeRawPointer(base)
        var offset = 0
        while offset &+ 8 <= count {
            if raw.loadUnaligned(fromByteOffset: first &+ offset, as: UInt64.self)
                != raw.loadUnaligned(fromByteOffset: second &+ offset, as: UInt64.self) { return false }
            offset &+= 8
        }
        while offset < count {
            if file[first &+ offset] != file[second &+ offset] { return false }
            offset &+= 1
        }
        return true
    }
}
