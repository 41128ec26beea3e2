/// Builds a `NameIndex`: folds each name into units, transliterating each distinct character once,
/// adds surname readings, keeps English names that say more than the pinyin, then ranks the
/// records and builds the posting lists.
public struct NameIndexBuilder {
    /// The order records are ranked in: group, then pinyin, then characters, then input order.
    private struct SortKey {
        var group: UInt32
        var record: UInt32
        var pinyin: UInt64
        var characters: UInt64

        static func precedes(_ lhs: SortKey, _ rhs: SortKey) -> Bool {
            if lhs.group != rhs.group { return lhs.group < rhs.group }
            if lhs.pinyin != rhs.pinyin { return lhs.pinyin < rhs.pinyin }
            if lhs.characters != rhs.characters { return lhs.characters < rhs.characters }
            return lhs.record < rhs.record
        }
    }

    /// A surname character together with the surname reading it has in one surname.
    private struct SurnameUnitKey: Hashable {
        var character: UInt32
        var reading: [UInt8]
    }

    /// Marks a scalar that is only a separator in `scalarUnits`.
    private static let noUnit = UInt32.max

    private var folding = NameFolding()
    private var transcriber = PinyinTranscriber()
    private var units = UnitTable()
    /// The unit of each scalar as written (Traditional or Simplified), or `noUnit`.
    private var scalarUnits: [Unicode.Scalar: UInt32] = [:]
    /// The plain unit of each Simplified character.
    private var characterUnits: [UInt32: UInt32] = [:]
    private var wordUnits: [[UInt8]: UInt32] = [:]
    private var surnameUnits: [SurnameUnitKey: UInt32] = [:]
    /// Plain units whose character starts a surname in `SurnameReadings`.
    private var startsSurname: [Bool] = []
    private let singleSurnames: [UInt32: [UInt8]]
    private let doubleSurnames: [UInt64: ([UInt8], [UInt8])]
    private let surnameInitials: Set<UInt32>

    private var recordUnitStarts: [UInt32] = [0]
    private var recordUnits: [UInt32] = []
    private var recordLetters: [UInt32] = []
    private var sortKeys: [SortKey] = []
    private var wordScratch: [UInt8] = []
    /// The CJK Unified Ideographs block, where nearly every character of a name is: `note` keeps
    /// which of them it has seen in a bitmap (`noted`), any other in `notedRare`.
    private static let commonHan = 0x4E00..<0xA000
    private var noted = [UInt64](repeating: 0, count: (commonHan.count + 63) / 64)
    private var notedRare: Set<Unicode.Scalar> = []
    /// Characters noted and not yet asked about.
    private var pending: [Unicode.Scalar] = []
    private var aliasBytes: [UInt8] = []
    private var aliasWordEnds: [Int] = []

    public init(expectedCount: Int = 0) {
        var single: [UInt32: [UInt8]] = [:]
        var double: [UInt64: ([UInt8], [UInt8])] = [:]
        var initials: Set<UInt32> = []
        for (surname, readings) in SurnameReadings.readings {
            let scalars = surname.unicodeScalars.map(\.value)
            initials.insert(scalars[0])
            if scalars.count == 1 {
                single[scalars[0]] = Array(readings[0].utf8)
            } else if scalars.count == 2 {
                double[UInt64(scalars[0]) << 32 | UInt64(scalars[1])] = (Array(readings[0].utf8), Array(readings[1].utf8))
            }
        }
        singleSurnames = single
        doubleSurnames = double
        surnameInitials = initials
        recordUnitStarts.reserveCapacity(expectedCount + 1)
        recordUnits.reserveCapacity(expectedCount * 3)
        recordLetters.reserveCapacity(expectedCount)
        sortKeys.reserveCapacity(expectedCount)
    }

    /// Adds the next record. `alias` is an English name; `group` ranks the record before every
    /// record of a later group (it can also be set later with `setGroup`).
    public mutating func add(name: String, alias: String?, group: UInt32 = 0) {
        let record = UInt32(sortKeys.count)
        let nameStart = recordUnits.count
        appendUnits(of: name)
        applySurnameReadings(from: nameStart)
        let nameEnd = recordUnits.count
        if let alias, !alias.isEmpty { appendAlias(alias, nameUnits: nameStart..<nameEnd) }
        var letters: UInt32 = 0
        for slot in nameStart..<recordUnits.count where recordUnits[slot] != NameIndex.separator {
            letters |= units.letterMasks[Int(recordUnits[slot])]
        }
        recordLetters.append(letters)
        recordUnitStarts.append(UInt32(recordUnits.count))
        sortKeys.append(sortKey(record: record, group: group, nameUnits: nameStart..<nameEnd))
    }

    /// Asks ICU in one call about the Han characters of `names` that no record added so far has
    /// (their Simplified forms, then the pinyin of those), which `add` would otherwise ask about
    /// one call per character. Optional: call it with the names about to be added, in batches of
    /// a few thousand; the index is the same with or without it.
    public mutating func prepare(names: [String]) {
        for name in names { note(name) }
        prepareNoted()
    }

    /// Notes the Han characters of `name` that no name noted or added so far has, for the next
    /// `prepareNoted()` (what `prepare(names:)` does, one name at a time, without an array of them).
    public mutating func note(_ name: String) {
        for scalar in name.unicodeScalars where NameFolding.isUnifiedHan(scalar) {
            let value = Int(scalar.value)
            if (Self.commonHan).contains(value) {
                let bit = value - Self.commonHan.lowerBound
                let mask: UInt64 = 1 << UInt64(bit & 63)
                if noted[bit >> 6] & mask != 0 { continue }
                noted[bit >> 6] |= mask
            } else if !notedRare.insert(scalar).inserted {
                continue
            }
            if scalarUnits[scalar] == nil { pending.append(scalar) }
        }
    }

    /// Asks ICU about the characters noted since the last call, in one call per transform.
    public mutating func prepareNoted() {
        guard !pending.isEmpty else { return }
        folding.prepareSimplified(pending)
        transcriber.prepare(pending.map { folding.simplified($0) })
        pending.removeAll(keepingCapacity: true)
    }

    /// Places the record added `record`-th in `group`, when the groups are known only after the
    /// names were added (as when the index is built while the file is decoded).
    public mutating func setGroup(_ group: UInt32, ofRecord record: Int) {
        sortKeys[record].group = group
    }

    /// Number of records added.
    var count: Int { sortKeys.count }

    /// Ranks the records and builds the index.
    public mutating func finish() -> NameIndex {
        sortKeys.sort(by: SortKey.precedes)
        let count = sortKeys.count
        var records = [UInt32](repeating: 0, count: count)
        var unitStarts = [UInt32](repeating: 0, count: count + 1)
        var sequenceUnits = [UInt32]()
        sequenceUnits.reserveCapacity(recordUnits.count)
        var letters = [UInt32](repeating: 0, count: count)
        var groupRanges: [UInt32: Range<Int>] = [:]
        var groupStart = 0
        for (position, key) in sortKeys.enumerated() {
            let record = Int(key.record)
            records[position] = key.record
            letters[position] = recordLetters[record]
            sequenceUnits += recordUnits[Int(recordUnitStarts[record])..<Int(recordUnitStarts[record + 1])]
            unitStarts[position + 1] = UInt32(sequenceUnits.count)
            if position + 1 == count || sortKeys[position + 1].group != key.group {
                groupRanges[key.group] = groupStart..<(position + 1)
                groupStart = position + 1
            }
        }
        return NameIndex(
            units: units, records: records, unitStarts: unitStarts, sequenceUnits: sequenceUnits, letters: letters,
            groupRanges: groupRanges, characterUnits: characterUnits
        )
    }

    // MARK: Units

    private mutating func appendUnits(of text: String) {
        let folded = NameFolding.compatibilityFolded(text)
        // Moved out, not copied: a copy would share its buffer, and the first write would allocate.
        var scratch: [UInt8] = []
        swap(&scratch, &wordScratch)
        defer { wordScratch = scratch }
        NameFolding.forEachToken(in: folded, scratch: &scratch) { token in
            switch token {
            case .word(let bytes): recordUnits.append(wordUnit(bytes))
            case .character(let scalar): recordUnits.append(characterUnit(scalar))
            }
        }
    }

    private mutating func characterUnit(_ scalar: Unicode.Scalar) -> UInt32 {
        if let known = scalarUnits[scalar] { return known }
        let simplified = folding.simplified(scalar)
        let unit: UInt32
        if let existing = characterUnits[simplified.value] {
            unit = existing
        } else {
            unit = units.append(character: simplified.value, readings: transcriber.readings(of: simplified))
            characterUnits[simplified.value] = unit
            startsSurname.append(surnameInitials.contains(simplified.value))
        }
        scalarUnits[scalar] = unit
        return unit
    }

    private mutating func wordUnit(_ bytes: ArraySlice<UInt8>) -> UInt32 {
        let word = Array(bytes)
        if let known = wordUnits[word] { return known }
        let unit = units.append(character: 0, readings: [word])
        wordUnits[word] = unit
        startsSurname.append(false)
        return unit
    }

    /// Replaces the first unit (or two) of a name that starts with a surname from `SurnameReadings`
    /// by a unit that also has the surname reading.
    private mutating func applySurnameReadings(from start: Int) {
        guard start < recordUnits.count, startsSurname[Int(recordUnits[start])] else { return }
        let first = units.characters[Int(recordUnits[start])]
        if start + 1 < recordUnits.count {
            let second = units.characters[Int(recordUnits[start + 1])]
            if let readings = doubleSurnames[UInt64(first) << 32 | UInt64(second)] {
                recordUnits[start] = surnameUnit(first, reading: readings.0)
                recordUnits[start + 1] = surnameUnit(second, reading: readings.1)
                return
            }
        }
        if let reading = singleSurnames[first] { recordUnits[start] = surnameUnit(first, reading: reading) }
    }

    private mutating func surnameUnit(_ character: UInt32, reading: [UInt8]) -> UInt32 {
        let key = SurnameUnitKey(character: character, reading: reading)
        if let known = surnameUnits[key] { return known }
        var readings = [reading]
        if let scalar = Unicode.Scalar(character) {
            for other in transcriber.readings(of: scalar) where other != reading { readings.append(other) }
        }
        let unit = units.append(character: character, readings: readings)
        surnameUnits[key] = unit
        startsSurname.append(false)
        return unit
    }

    // MARK: English names

    /// Appends an English name's words after a separator, unless they spell one of the name's
    /// pinyin readings (`Jiao Xiang` for 焦翔), which the name's own units already match.
    private mutating func appendAlias(_ alias: String, nameUnits: Range<Int>) {
        var scratch: [UInt8] = []
        var bytes: [UInt8] = []
        var wordEnds: [Int] = []
        swap(&scratch, &wordScratch)
        swap(&bytes, &aliasBytes)
        swap(&wordEnds, &aliasWordEnds)
        bytes.removeAll(keepingCapacity: true)
        wordEnds.removeAll(keepingCapacity: true)
        var hasCharacters = false
        if !Self.appendASCIIWords(of: alias, to: &bytes, ends: &wordEnds) {
            bytes.removeAll(keepingCapacity: true)
            wordEnds.removeAll(keepingCapacity: true)
            NameFolding.forEachToken(in: NameFolding.compatibilityFolded(alias), scratch: &scratch) { token in
                switch token {
                case .word(let word):
                    bytes += word
                    wordEnds.append(bytes.count)
                case .character:
                    hasCharacters = true
                }
            }
        }
        defer {
            wordScratch = scratch
            aliasBytes = bytes
            aliasWordEnds = wordEnds
        }
        if wordEnds.isEmpty && !hasCharacters { return }
        if !hasCharacters && spellsReadings(bytes, of: nameUnits) { return }
        recordUnits.append(NameIndex.separator)
        if hasCharacters {
            wordScratch = scratch
            scratch = []
            appendUnits(of: alias)
            return
        }
        var start = 0
        for end in wordEnds {
            recordUnits.append(wordUnit(bytes[start..<end]))
            start = end
        }
    }

    /// The words of an all-ASCII `text` as `NameFolding.forEachToken` reads them (runs of letters
    /// and digits, lowercased; every other ASCII byte separates), straight from its UTF-8, which
    /// is most English names; `false`, with something appended, when `text` is not all ASCII.
    static func appendASCIIWords(of text: String, to bytes: inout [UInt8], ends: inout [Int]) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in
            var inWord = false
            for byte in utf8 {
                if byte >= 0x80 { return false }
                if let letter = NameFolding.wordByte(UInt32(byte)) {
                    bytes.append(letter)
                    inWord = true
                } else if inWord {
                    ends.append(bytes.count)
                    inWord = false
                }
            }
            if inWord { ends.append(bytes.count) }
            return true
        }
    }

    /// Whether `bytes` is one reading of each of `nameUnits` in turn.
    private func spellsReadings(_ bytes: [UInt8], of nameUnits: Range<Int>) -> Bool {
        guard bytes.count < 64, !nameUnits.isEmpty else { return false }
        var reach: UInt64 = 1
        for slot in nameUnits {
            let unit = Int(recordUnits[slot])
            var next: UInt64 = 0
            var pending = reach
            while pending != 0 {
                let start = pending.trailingZeroBitCount
                pending &= pending - 1
                for reading in units.readings(of: unit) {
                    let range = units.byteRange(ofReading: reading)
                    let end = start + range.count
                    if end <= bytes.count && bytes[start..<end].elementsEqual(units.bytes[range]) { next |= 1 << UInt64(end) }
                }
            }
            reach = next
            if reach == 0 { return false }
        }
        return reach & (1 << UInt64(bytes.count)) != 0
    }

    // MARK: Ranking

    /// Packs the first twelve letters of the name's pinyin (five bits each) and its first three
    /// characters, so that ranking compares integers, not strings.
    private func sortKey(record: UInt32, group: UInt32, nameUnits: Range<Int>) -> SortKey {
        var pinyin: UInt64 = 0
        var letterCount = 0
        var characters: UInt64 = 0
        var characterCount = 0
        for slot in nameUnits {
            let unit = Int(recordUnits[slot])
            if characterCount < 3 {
                characters = characters << 21 | UInt64(units.characters[unit])
                characterCount += 1
            }
            guard letterCount < 12, let reading = units.readings(of: unit).first else { continue }
            for byte in units.bytes[units.byteRange(ofReading: reading)] where letterCount < 12 {
                let code: UInt64 = byte >= UInt8(ascii: "a") ? UInt64(byte - UInt8(ascii: "a") + 1) : UInt64(27 + (byte - UInt8(ascii: "0")) / 2)
                pinyin = pinyin << 5 | code
                letterCount += 1
            }
        }
        pinyin <<= UInt64(5 * (12 - letterCount))
        characters <<= UInt64(21 * (3 - characterCount))
        return SortKey(group: group, record: record, pinyin: pinyin, characters: characters)
    }
}
