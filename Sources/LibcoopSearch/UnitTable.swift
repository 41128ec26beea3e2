/// The distinct units that folded names are made of, each with the readings a query may use for it.
///
/// A unit is a character (a Han character with its toneless pinyin, or any other character with
/// none) or a Latin word from an English name (its reading is itself). A surname character whose
/// surname reading differs from ICU's is a separate unit with both readings, so 曾 at the start
/// of a name is `zeng` or `ceng` while 曾 elsewhere is only `ceng`.
///
/// Readings are stored as bytes in one buffer with offsets, so a few thousand units cost a few
/// tens of kilobytes and per-query tables can be indexed by unit number.
struct UnitTable: Sendable {
    /// For a character unit, its scalar value; `0` for a word unit.
    private(set) var characters: [UInt32] = []
    /// Unit `u`'s readings are numbers `readingStarts[u] ..< readingStarts[u + 1]`.
    private(set) var readingStarts: [UInt32] = [0]
    /// Reading `r`'s bytes are `bytes[readingOffsets[r] ..< readingOffsets[r + 1]]`.
    private(set) var readingOffsets: [UInt32] = [0]
    private(set) var bytes: [UInt8] = []
    /// The letters (and digit classes) occurring anywhere in each unit's readings.
    private(set) var letterMasks: [UInt32] = []
    /// The letters each unit's readings start with.
    private(set) var initialMasks: [UInt32] = []

    var count: Int { characters.count }

    /// Adds a unit and returns its number.
    mutating func append(character: UInt32, readings: [[UInt8]]) -> UInt32 {
        let unit = UInt32(characters.count)
        characters.append(character)
        var letters: UInt32 = 0
        var initials: UInt32 = 0
        for reading in readings where !reading.isEmpty {
            bytes += reading
            readingOffsets.append(UInt32(bytes.count))
            for byte in reading { letters |= Self.letterBit(byte) }
            initials |= Self.letterBit(reading[0])
        }
        readingStarts.append(UInt32(readingOffsets.count - 1))
        letterMasks.append(letters)
        initialMasks.append(initials)
        return unit
    }

    /// Reading numbers of `unit`.
    func readings(of unit: Int) -> Range<Int> {
        Int(readingStarts[unit])..<Int(readingStarts[unit + 1])
    }

    /// Byte range of reading `reading` in `bytes`.
    func byteRange(ofReading reading: Int) -> Range<Int> {
        Int(readingOffsets[reading])..<Int(readingOffsets[reading + 1])
    }

    /// The first reading of `unit` as text, or the character itself when it has no reading.
    func displayReading(of unit: Int) -> String {
        let numbers = readings(of: unit)
        if let first = numbers.first { return String(decoding: bytes[byteRange(ofReading: first)], as: UTF8.self) }
        return Unicode.Scalar(characters[unit]).map { String($0) } ?? ""
    }

    /// Bytes of storage, for reporting the index's memory.
    var storageBytes: Int {
        characters.capacity * 4 + readingStarts.capacity * 4 + readingOffsets.capacity * 4 + bytes.capacity
            + letterMasks.capacity * 4 + initialMasks.capacity * 4
    }

    /// A bit per letter a–z (bits 0–25) and per digit class (bits 26–31), for cheap "has every
    /// letter of the query" tests.
    static func letterBit(_ byte: UInt8) -> UInt32 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): 1 << UInt32(byte - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): 1 << (26 + UInt32(byte - UInt8(ascii: "0")) % 6)
        default: 0
        }
    }
}
