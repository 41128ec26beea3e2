/// Reads what `SnapshotWriter` wrote, checking every step: any byte sequence either reads back as
/// records or throws `SnapshotCorruption`, never crashes and never reads outside the buffer.
struct SnapshotReader {
    private let bytes: UnsafeRawBufferPointer
    private var offset = 0
    private var table: [String] = []
    private var lists: [[String]] = []

    /// Starts reading `bytes`, and reads the text and list tables at their front.
    init(bytes: UnsafeRawBufferPointer) throws(SnapshotCorruption) {
        self.bytes = bytes
        let count = try self.count()
        guard count <= bytes.count - offset else { throw SnapshotCorruption(reason: "text table longer than the snapshot") }
        table.reserveCapacity(count)
        for _ in 0..<count {
            let length = try self.count()
            guard length <= bytes.count - offset else { throw SnapshotCorruption(reason: "text past the end") }
            let utf8 = UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + length)]).assumingMemoryBound(to: UInt8.self)
            table.append(String(decoding: utf8, as: UTF8.self))
            offset += length
        }
        let listCount = try self.count()
        guard listCount <= bytes.count - offset else { throw SnapshotCorruption(reason: "list table longer than the snapshot") }
        lists.reserveCapacity(listCount)
        for _ in 0..<listCount {
            let length = try self.count()
            guard length <= bytes.count - offset else { throw SnapshotCorruption(reason: "list longer than the snapshot") }
            var list: [String] = []
            list.reserveCapacity(length)
            for _ in 0..<length { list.append(try text()) }
            lists.append(list)
        }
    }

    /// Whether every byte has been read (a snapshot with bytes left over is corrupt).
    var isAtEnd: Bool { offset == bytes.count }

    @inline(__always)
    mutating func varint() throws(SnapshotCorruption) -> UInt64 {
        if offset < bytes.count, bytes[offset] < 0x80 {
            offset += 1
            return UInt64(bytes[offset - 1])
        }
        return try longVarint()
    }

    private mutating func longVarint() throws(SnapshotCorruption) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count else { throw SnapshotCorruption(reason: "cut short") }
            let byte = bytes[offset]
            offset += 1
            guard shift < 64, shift < 63 || byte <= 1 else { throw SnapshotCorruption(reason: "number too large") }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    /// A count or a non-negative number, at most what fits an `Int32` (no list in a snapshot is
    /// longer than its bytes, so a larger count is corruption, and refusing it keeps allocations bounded).
    mutating func count() throws(SnapshotCorruption) -> Int {
        let value = try varint()
        guard value <= UInt64(Int32.max) else { throw SnapshotCorruption(reason: "count out of range") }
        return Int(value)
    }

    mutating func integer() throws(SnapshotCorruption) -> Int {
        let value = try varint()
        return Int(Int64(bitPattern: (value >> 1) ^ (0 &- (value & 1))))
    }

    mutating func int32() throws(SnapshotCorruption) -> Int32 {
        let value = try integer()
        guard let narrow = Int32(exactly: value) else { throw SnapshotCorruption(reason: "number out of range") }
        return narrow
    }

    mutating func boolean() throws(SnapshotCorruption) -> Bool {
        switch try varint() {
        case 0: return false
        case 1: return true
        default: throw SnapshotCorruption(reason: "not a boolean")
        }
    }

    @inline(__always)
    mutating func text() throws(SnapshotCorruption) -> String {
        let position = try varint()
        guard position < UInt64(table.count) else { throw SnapshotCorruption(reason: "no such text") }
        return table[Int(position)]
    }

    @inline(__always)
    mutating func optionalText() throws(SnapshotCorruption) -> String? {
        let position = try varint()
        if position == 0 { return nil }
        guard position - 1 < UInt64(table.count) else { throw SnapshotCorruption(reason: "no such text") }
        return table[Int(position - 1)]
    }

    mutating func texts() throws(SnapshotCorruption) -> [String] {
        let position = try varint()
        guard position < UInt64(lists.count) else { throw SnapshotCorruption(reason: "no such list") }
        return lists[Int(position)]
    }

    mutating func choice<Choice: CaseIterable>(_ type: Choice.Type) throws(SnapshotCorruption) -> Choice {
        try Self.choice(Choice.self, at: try count())
    }

    mutating func optionalChoice<Choice: CaseIterable>(_ type: Choice.Type) throws(SnapshotCorruption) -> Choice? {
        let position = try count()
        return position == 0 ? nil : try Self.choice(Choice.self, at: position - 1)
    }

    private static func choice<Choice: CaseIterable>(_ type: Choice.Type, at position: Int) throws(SnapshotCorruption) -> Choice {
        let cases = Choice.allCases
        guard position < cases.count else { throw SnapshotCorruption(reason: "no such choice") }
        return cases[cases.index(cases.startIndex, offsetBy: position)]
    }

    mutating func optionalDate() throws(SnapshotCorruption) -> PartialDate? {
        let year = try count()
        if year == 0 { return nil }
        let month = try count()
        let day = try count()
        guard let date = PartialDate(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day) else {
            throw SnapshotCorruption(reason: "no such date")
        }
        return date
    }

    mutating func date() throws(SnapshotCorruption) -> PartialDate {
        guard let date = try optionalDate() else { throw SnapshotCorruption(reason: "missing date") }
        return date
    }

    mutating func origin() throws(SnapshotCorruption) -> RecordOrigin {
        RecordOrigin(file: try int32(), index: try int32())
    }

    /// A list of `count` records, each read by `readOne`; a count larger than the bytes left is corruption.
    mutating func records<Record>(_ readOne: (inout Self) throws(SnapshotCorruption) -> Record) throws(SnapshotCorruption) -> [Record] {
        let count = try self.count()
        guard count <= bytes.count - offset else { throw SnapshotCorruption(reason: "list longer than the snapshot") }
        var records: [Record] = []
        records.reserveCapacity(count)
        for _ in 0..<count { records.append(try readOne(&self)) }
        return records
    }
}
