/// The search engine behind staff search and record search: names folded into units once, ranked
/// positions, and posting lists from units to positions.
///
/// Records are kept in rank order — by group (for staff: the library), then by pinyin — so that
/// walking candidates in position order meets better-ranked records first, and a search that has
/// found `limit` matches of its best kind can stop.
///
/// Memory is a handful of flat arrays of 32-bit integers: per record, its rank, its units and a
/// letter mask, and its entries in two posting lists. No string is kept per record.
public struct NameIndex: Sendable {
    /// Separates a name's units from its English name's in `sequenceUnits`.
    static let separator = UInt32.max

    let units: UnitTable
    /// Number of records.
    public let count: Int
    /// The record (its number in the order given to the builder) at each rank position.
    let records: FixedArray<UInt32>
    /// The rank position of each record.
    let positions: FixedArray<UInt32>
    /// Position `p`'s units are `sequenceUnits[unitStarts[p] ..< unitStarts[p + 1]]`: the name's, then,
    /// when the English name is not just the pinyin, `separator` and the English name's words.
    let unitStarts: FixedArray<UInt32>
    let sequenceUnits: FixedArray<UInt32>
    /// Letters in any reading of each position's units.
    let letters: FixedArray<UInt32>
    /// The positions of each group's records.
    public let groupRanges: [UInt32: Range<Int>]
    /// Positions by the first unit of the name or of the English name.
    let firstPostings: Postings
    /// Positions by every unit they contain.
    let anyPostings: Postings
    /// The plain unit of each Simplified character, for folding queries.
    let characterUnits: [UInt32: UInt32]

    init(
        units: UnitTable, records: [UInt32], unitStarts: [UInt32], sequenceUnits: [UInt32], letters: [UInt32],
        groupRanges: [UInt32: Range<Int>], characterUnits: [UInt32: UInt32]
    ) {
        self.units = units
        self.count = records.count
        self.records = FixedArray(records)
        positions = FixedArray(count: records.count, repeating: 0) { positions in
            for (position, record) in records.enumerated() { positions[Int(record)] = UInt32(position) }
        }
        self.unitStarts = FixedArray(unitStarts)
        self.sequenceUnits = FixedArray(sequenceUnits)
        self.letters = FixedArray(letters)
        self.groupRanges = groupRanges
        self.characterUnits = characterUnits
        let count = records.count
        firstPostings = Postings(unitCount: units.count, positionCount: count) { position, emit in
            var atStart = true
            var emitted = Self.separator
            for slot in Int(unitStarts[position])..<Int(unitStarts[position + 1]) {
                let unit = sequenceUnits[slot]
                if unit == Self.separator {
                    atStart = true
                } else if atStart {
                    atStart = false
                    if unit != emitted { emit(unit) }
                    emitted = unit
                }
            }
        }
        anyPostings = Postings(unitCount: units.count, positionCount: count) { position, emit in
            let start = Int(unitStarts[position])
            let end = Int(unitStarts[position + 1])
            for slot in start..<end {
                let unit = sequenceUnits[slot]
                if unit == Self.separator { continue }
                var seen = false
                for earlier in start..<slot where sequenceUnits[earlier] == unit {
                    seen = true
                    break
                }
                if !seen { emit(unit) }
            }
        }
    }

    /// The record (its number in the order it was added to the builder) at rank `position`.
    public func record(atPosition position: Int) -> Int {
        Int(records[position])
    }

    /// The rank position of the record added `record`-th.
    public func position(ofRecord record: Int) -> Int {
        Int(positions[record])
    }

    /// The range of positions `position`'s units occupy in `sequenceUnits`.
    func unitSlots(of position: Int) -> Range<Int> {
        Int(unitStarts[position])..<Int(unitStarts[position + 1])
    }

    /// The toneless pinyin of a record's name, a syllable per character, surname reading first:
    /// "jiao xiang", "zeng li". Characters without a reading are shown as they are.
    public func pinyin(ofRecord record: Int) -> String {
        let position = Int(positions[record])
        var syllables: [String] = []
        for slot in unitSlots(of: position) {
            let unit = sequenceUnits[slot]
            if unit == Self.separator { break }
            syllables.append(units.displayReading(of: Int(unit)))
        }
        return syllables.joined(separator: " ")
    }

    /// Bytes held by the index's arrays (capacity, not count), for the benchmark's memory figure.
    public var storageBytes: Int {
        units.storageBytes + records.storageBytes + positions.storageBytes + unitStarts.storageBytes
            + sequenceUnits.storageBytes + letters.storageBytes + firstPostings.storageBytes + anyPostings.storageBytes
            + groupRanges.count * 32 + characterUnits.count * 16
    }
}
