/// Writes the compact binary form of a dataset that the cache keeps (see `DatasetSnapshot`).
///
/// Numbers are LEB128 varints (signed ones zigzagged); every text is written once, into a table
/// at the front, and referred to by its position, so the thousands of staff who share a
/// library id, a department or a source cost one small number each, and reading a snapshot makes
/// each distinct `String` once. Lists of texts (a record's sources, an event's libraries) are
/// kept the same way in a second table: the sixty thousand staff citing the same source then
/// share one array instead of allocating one each.
struct SnapshotWriter {
    private(set) var body: [UInt8] = []
    private var positions: [String: UInt32] = [:]
    private var texts: [String] = []
    private var listPositions: [[String]: UInt32] = [:]
    private var lists: [[UInt32]] = []

    init(expectedBytes: Int = 0) {
        body.reserveCapacity(expectedBytes)
    }

    /// The text table and the list table; followed by `body`, what `SnapshotReader` reads.
    func tables() -> [UInt8] {
        var tables: [UInt8] = []
        tables.reserveCapacity(texts.count * 12 + lists.count * 4)
        Self.appendVarint(UInt64(texts.count), to: &tables)
        for text in texts {
            var text = text
            text.withUTF8 { utf8 in
                Self.appendVarint(UInt64(utf8.count), to: &tables)
                tables.append(contentsOf: utf8)
            }
        }
        Self.appendVarint(UInt64(lists.count), to: &tables)
        for list in lists {
            Self.appendVarint(UInt64(list.count), to: &tables)
            for position in list { Self.appendVarint(UInt64(position), to: &tables) }
        }
        return tables
    }

    mutating func count(_ value: Int) {
        Self.appendVarint(UInt64(value), to: &body)
    }

    mutating func integer(_ value: Int) {
        Self.appendVarint(UInt64(bitPattern: Int64((value << 1) ^ (value >> 63))), to: &body)
    }

    mutating func boolean(_ value: Bool) {
        body.append(value ? 1 : 0)
    }

    mutating func text(_ value: String) {
        Self.appendVarint(UInt64(position(of: value)), to: &body)
    }

    /// An optional text: 0 for none, else its position plus one.
    mutating func text(_ value: String?) {
        guard let value else { return body.append(0) }
        Self.appendVarint(UInt64(position(of: value)) + 1, to: &body)
    }

    mutating func texts(_ values: [String]) {
        if let known = listPositions[values] { return count(Int(known)) }
        let position = UInt32(lists.count)
        listPositions[values] = position
        lists.append(values.map { self.position(of: $0) })
        count(Int(position))
    }

    /// A choice, as its position among the type's cases (which `DatasetSnapshot.schemaSignature`
    /// covers, in order).
    mutating func choice<Choice: CaseIterable & Equatable>(_ value: Choice) {
        count(Choice.allCases.distance(from: Choice.allCases.startIndex, to: Choice.allCases.firstIndex(of: value)!))
    }

    /// An optional choice: 0 for none, else its position plus one.
    mutating func choice<Choice: CaseIterable & Equatable>(_ value: Choice?) {
        guard let value else { return body.append(0) }
        count(Choice.allCases.distance(from: Choice.allCases.startIndex, to: Choice.allCases.firstIndex(of: value)!) + 1)
    }

    /// An optional date: 0 for none, else the year, then the month and day (0 when unknown).
    mutating func date(_ value: PartialDate?) {
        guard let value else { return body.append(0) }
        count(value.year)
        count(value.month ?? 0)
        count(value.day ?? 0)
    }

    mutating func date(_ value: PartialDate) {
        date(Optional(value))
    }

    mutating func origin(_ value: RecordOrigin) {
        integer(Int(value.file))
        integer(Int(value.index))
    }

    private mutating func position(of text: String) -> UInt32 {
        if let known = positions[text] { return known }
        let position = UInt32(texts.count)
        positions[text] = position
        texts.append(text)
        return position
    }

    static func appendVarint(_ value: UInt64, to bytes: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
