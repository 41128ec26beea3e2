/// A folded query and the tables that make matching it against a million names cheap: for every
/// unit and every place in the query, how the unit can take the query on from there.
///
/// A query is a list of atoms: ASCII letters and digits as their byte values (below 0x80), any
/// other character as its scalar value (Simplified for Han). `张q` is [张, q]; `Jiao Xiang` is
/// j i a o x i a n g — spaces only separate, so they are dropped. The tables have a row of
/// `length` entries per unit, so a query's cost to prepare grows with the number of distinct
/// units (a few thousand), never with the number of names.
struct QueryPlan {
    /// Longest query that is matched; longer ones match nothing (no name has 64 syllables).
    static let maximumLength = 63

    let atoms: [UInt32]
    var length: Int { atoms.count }
    /// The bit for "the whole query is matched" in a reach mask.
    let full: UInt64
    /// Letter bits of the query's ASCII atoms (see `UnitTable.letterBit`).
    let letters: UInt32
    /// Whether the query has an atom that is not ASCII (a Han character, say).
    let hasCharacters: Bool
    /// The longest run of atoms from `i` that a reading of the unit starts with (1 for the unit's
    /// own character, 0 when it cannot start there).
    let pieceLengths: FixedArray<UInt8>
    /// Bit `n` set when the `n` atoms from `i` are a whole reading of the unit (or, for `n` = 1,
    /// its character); bit 0 when a whole reading longer than 15 letters starts there, which the
    /// matcher then checks letter by letter.
    let wholePieces: FixedArray<UInt16>
    /// Per unit: a reach mask after entering one of its readings after its first letter and reading
    /// to its end (bit `n`: `n` atoms taken), with `full` when the query lies wholly inside one.
    private(set) var insideStarts = FixedArray<UInt64>([])
    /// How many atoms from `i` the unit takes in order, with gaps (its character, or letters of a
    /// reading in order).
    private(set) var subsequenceTakes = FixedArray<UInt8>([])
    /// Whether `insideStarts` and `subsequenceTakes` are filled.
    private(set) var findsWeakerKinds = false
    /// Whether some name could spell the whole query in whole pieces (an exact match): whole
    /// readings or characters of the index's units, one after another, reach the query's end.
    let allowsExactMatch: Bool
    /// How many units a name spelling the whole query in whole pieces can have.
    let exactUnitCounts: ClosedRange<Int>
    /// The units an exact or prefix match can begin with: a whole piece at the query's start, or a
    /// reading that starts with the whole query.
    let leadingUnits: [Int]

    init(atoms: [UInt32], units: UnitTable) {
        self.atoms = atoms
        let length = atoms.count
        full = 1 << UInt64(length)
        var letters: UInt32 = 0
        var hasCharacters = false
        for atom in atoms {
            if atom < 0x80 { letters |= UnitTable.letterBit(UInt8(atom)) } else { hasCharacters = true }
        }
        self.letters = letters
        self.hasCharacters = hasCharacters
        let tableSize = units.count * length
        var wholes = [UInt16](repeating: 0, count: tableSize)
        pieceLengths = FixedArray(count: tableSize, repeating: 0) { lengths in
            for unit in 0..<units.count {
                let row = unit * length
                let character = units.characters[unit]
                let initials = units.initialMasks[unit]
                for start in 0..<length {
                    let atom = atoms[start]
                    if atom >= 0x80 {
                        if atom == character {
                            lengths[row + start] = 1
                            wholes[row + start] = 1 << 1
                        }
                        continue
                    }
                    guard initials & UnitTable.letterBit(UInt8(atom)) != 0 else { continue }
                    var longest = 0
                    var whole: UInt16 = 0
                    for reading in units.readings(of: unit) {
                        let bytes = units.byteRange(ofReading: reading)
                        var taken = 0
                        while taken < bytes.count, start + taken < length, atoms[start + taken] == UInt32(units.bytes[bytes.lowerBound + taken]) {
                            taken += 1
                        }
                        longest = max(longest, taken)
                        if taken == bytes.count { whole |= taken < 16 ? 1 << UInt16(taken) : 1 }
                    }
                    lengths[row + start] = UInt8(longest)
                    wholes[row + start] = whole
                }
            }
        }
        wholePieces = FixedArray(wholes)
        // Fewest and most whole pieces that reach each place in the query, over all units.
        var fewest = [Int](repeating: Int.max, count: length + 1)
        var most = [Int](repeating: -1, count: length + 1)
        fewest[0] = 0
        most[0] = 0
        var leading: [Int] = []
        for start in 0..<length where most[start] >= 0 {
            for unit in 0..<units.count {
                let ends = wholes[unit * length + start]
                if start == 0 && (ends != 0 || Int(pieceLengths[unit * length]) >= length) { leading.append(unit) }
                guard ends != 0 else { continue }
                var reached = (1..<16).filter { ends & (1 << UInt16($0)) != 0 && start + $0 <= length }.map { start + $0 }
                if ends & 1 != 0 && start + 16 <= length { reached += (start + 16)...length }
                for end in reached {
                    fewest[end] = min(fewest[end], fewest[start] + 1)
                    most[end] = max(most[end], most[start] + 1)
                }
            }
        }
        allowsExactMatch = length > 0 && most[length] > 0
        exactUnitCounts = allowsExactMatch ? fewest[length]...most[length] : 0...0
        leadingUnits = length > 0 ? leading : []
    }

    /// Fills the tables for substring and subsequence matches, which a search needs only when the
    /// stronger kinds have not already given it enough.
    mutating func prepareWeakerKinds(units: UnitTable) {
        guard !findsWeakerKinds else { return }
        findsWeakerKinds = true
        let atoms = self.atoms
        let length = atoms.count
        let full = self.full
        insideStarts = FixedArray(count: units.count, repeating: 0) { starts in
            guard let first = atoms.first, first < 0x80 else { return }
            for unit in 0..<units.count where units.letterMasks[unit] & UnitTable.letterBit(UInt8(first)) != 0 {
                var mask: UInt64 = 0
                for reading in units.readings(of: unit) {
                    let bytes = units.byteRange(ofReading: reading)
                    for offset in 1..<max(bytes.count, 1) {
                        let tail = bytes.count - offset
                        var taken = 0
                        while taken < tail, taken < length, atoms[taken] == UInt32(units.bytes[bytes.lowerBound + offset + taken]) {
                            taken += 1
                        }
                        if taken == length { mask |= full } else if taken == tail { mask |= 1 << UInt64(taken) }
                    }
                }
                starts[unit] = mask
            }
        }
        subsequenceTakes = FixedArray(count: units.count * length, repeating: 0) { takes in
            for unit in 0..<units.count {
                let row = unit * length
                let character = units.characters[unit]
                let unitLetters = units.letterMasks[unit]
                for start in 0..<length {
                    let atom = atoms[start]
                    if atom >= 0x80 {
                        if atom == character { takes[row + start] = 1 }
                        continue
                    }
                    guard unitLetters & UnitTable.letterBit(UInt8(atom)) != 0 else { continue }
                    var furthest = start
                    for reading in units.readings(of: unit) {
                        var cursor = start
                        for byte in units.bytes[units.byteRange(ofReading: reading)] where cursor < length && atoms[cursor] == UInt32(byte) {
                            cursor += 1
                        }
                        furthest = max(furthest, cursor)
                    }
                    takes[row + start] = UInt8(furthest - start)
                }
            }
        }
    }

    /// Whether `unit` can take the query's first atom as the start of a piece: the units a prefix
    /// or word-start match can begin with.
    func canStart(_ unit: Int) -> Bool {
        pieceLengths[unit * atoms.count] != 0
    }

    /// Whether `unit` contains the query's first atom anywhere: the units a match of any kind can
    /// begin in.
    func contains(_ unit: Int, units: UnitTable) -> Bool {
        let first = atoms[0]
        if first >= 0x80 { return units.characters[unit] == first }
        let byte = UInt8(first)
        guard units.letterMasks[unit] & UnitTable.letterBit(byte) != 0 else { return false }
        return units.readings(of: unit).contains { units.bytes[units.byteRange(ofReading: $0)].contains(byte) }
    }
}
