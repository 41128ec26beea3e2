import LibcoopSynthetic
import Testing
@testable import LibcoopCore

/// The decoder's shortcuts (names packed into words, texts shared by their bytes, dates and UTF-8
/// checked on bytes, masks of whole words) must answer exactly as the slow ways they replace.
@Suite struct DecodingShortcutTests {
    private let alphabet: [UInt8] = Array("az_-.0 张".utf8) + [0x00, 0x22, 0x5C, 0x7F, 0x80, 0xBF, 0xC2, 0xED, 0xF0, 0xF4, 0xFF]

    private func randomBytes(_ random: inout SeededRandom, upTo length: Int) -> [UInt8] {
        (0..<random.below(length + 1)).map { _ in random.pick(alphabet) }
    }

    @Test func firstMarkedByteIsExactlyTheFirstQualifyingByte() {
        var random = SeededRandom(seed: 5)
        for _ in 0..<50_000 {
            let bytes = (0..<8).map { _ in random.pick(alphabet) }
            let word = bytes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
            let stops = ByteWord.bytes(equalTo: 0x22, in: word) | ByteWord.bytes(equalTo: 0x5C, in: word) | ByteWord.bytes(below: 0x20, in: word)
            let expected = bytes.firstIndex { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }
            #expect((stops == 0 ? nil : ByteWord.firstByte(in: stops)) == expected, "\(bytes)")
        }
        for count in 0...8 {
            #expect(ByteWord.keeping(first: count) == (count == 8 ? UInt64.max : (UInt64(1) << UInt64(count * 8)) - 1))
        }
    }

    @Test func packedNamesFromAFileEqualThePackedBytes() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<20_000 {
            let file = randomBytes(&random, upTo: 40)
            let start = random.below(file.count + 1)
            let end = start + random.below(file.count - start + 1)
            file.withUnsafeBufferPointer { buffer in
                let fromFile = PackedName(start..<end, in: buffer)
                let fromBytes = PackedName(Array(file[start..<end]))
                #expect(fromFile == fromBytes)
                #expect((fromFile == nil) == (end - start > PackedName.capacity))
            }
        }
        #expect(PackedName(Array("name".utf8)) != PackedName(Array("name\0".utf8)))
        #expect(PackedName(Array("name_en".utf8)) == PackedName(Array("name_en".utf8)))
        #expect(PackedName(Array("a_name_of_17_byte".utf8)) == nil)
    }

    @Test func sharedTextIsFoundOnlyForTheSameBytes() {
        let file = Array(#""Research and Development Department" "Research and Development Departmenu" "ab" "ab" "a" "#.utf8)
        file.withUnsafeBufferPointer { buffer in
            var interner = TextInterner()
            let ranges = [1..<36, 39..<74, 77..<79, 82..<84, 87..<88]
            let hashes = ranges.map { TextInterner.hash(of: $0, in: buffer) }
            interner.insert("Research and Development Department", hash: hashes[0], range: ranges[0])
            interner.insert("ab", hash: hashes[2], range: ranges[2])
            #expect(interner.text(hash: hashes[0], matching: ranges[0], in: buffer) == "Research and Development Department")
            #expect(interner.text(hash: hashes[1], matching: ranges[1], in: buffer) == nil)
            #expect(interner.text(hash: hashes[3], matching: ranges[3], in: buffer) == "ab")
            #expect(interner.text(hash: hashes[4], matching: ranges[4], in: buffer) == nil)
            #expect(hashes[2] == hashes[3])
        }
        // The last bytes of a file are hashed one by one, elsewhere as a masked word: the same hash.
        let tail = Array("xabc".utf8) + Array(repeating: UInt8(ascii: " "), count: 10) + Array("abc".utf8)
        tail.withUnsafeBufferPointer { buffer in
            #expect(TextInterner.hash(of: 1..<4, in: buffer) == TextInterner.hash(of: 14..<17, in: buffer))
        }
    }

    @Test func datesFromBytesParseAsFromText() {
        var random = SeededRandom(seed: 23)
        let pieces = ["2022", "1999", "0000", "-", "02", "13", "29", "30", "31", "1", "a", "+1", "00", "12", "2024", "9999"]
        for _ in 0..<20_000 {
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            let fromBytes = Array(text.utf8).withUnsafeBufferPointer { PartialDate(isoUTF8: $0) }
            #expect(fromBytes == PartialDate(iso: text), "\(text)")
        }
    }

    @Test func utf8CheckAgreesWithTheStandardLibrary() {
        var random = SeededRandom(seed: 29)
        let units: [[UInt8]] = [[0x41], [0xE4, 0xB8, 0xAD], [0xE4, 0xB8], [0xED, 0xA0, 0x80], [0xEF, 0xBF, 0xBD], [0xE0, 0x80, 0xAF],
                                [0xC3, 0xA9], [0xF0, 0x9F, 0x98, 0x80], [0x80], [0xE9], [0xF4, 0x90, 0x80, 0x80], [0xEC, 0x41, 0x80]]
        for _ in 0..<20_000 {
            let bytes = (0..<random.below(6)).flatMap { _ in random.pick(units) }
            let expected = String(validating: bytes, as: UTF8.self) != nil
            #expect(bytes.withUnsafeBufferPointer { UTF8Validation.isValid($0) } == expected, "\(bytes)")
        }
    }
}
