import LibcoopSynthetic
import Testing
@testable import LibcoopCore

/// `JSONReader.readPlainString` skips eight bytes at a time (`ByteWord`); whatever the bytes, it
/// must find the same end, escapes, control bytes and flags as reading them one by one.
@Suite struct PlainStringScanTests {
    /// What reading `content` (after an opening quote) one byte at a time finds.
    private enum Reference: Equatable {
        case plain(end: Int, isASCII: Bool, mayHoldControl: Bool)
        case escaped
        case control(offset: Int)
        case unclosed
    }

    private func reference(_ bytes: [UInt8]) -> Reference {
        var isASCII = true
        var mayHoldControl = false
        for index in 1..<bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") { return .plain(end: index, isASCII: isASCII, mayHoldControl: mayHoldControl) }
            if byte == UInt8(ascii: "\\") { return .escaped }
            if byte < 0x20 { return .control(offset: index) }
            if byte >= 0x80 { isASCII = false }
            if byte == 0x7F || byte == 0xC2 { mayHoldControl = true }
        }
        return .unclosed
    }

    private func scanned(_ bytes: [UInt8]) -> Reference {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(bytes: buffer)
            do throws(JSONSyntaxError) {
                guard let plain = try reader.readPlainString() else { return .escaped }
                return .plain(end: plain.content.upperBound, isASCII: plain.isASCII, mayHoldControl: plain.mayHoldControl)
            } catch {
                return error.message.contains("never closed") ? .unclosed : .control(offset: error.offset)
            }
        }
    }

    @Test func everyByteValueInEveryPositionOfAWordIsSeen() {
        for special in 0...255 {
            for position in 1...20 {
                var bytes = [UInt8(ascii: "\"")] + Array(repeating: UInt8(ascii: "a"), count: 24) + [UInt8(ascii: "\"")]
                bytes[position] = UInt8(special)
                #expect(scanned(bytes) == reference(bytes), "byte \(special) at \(position)")
            }
        }
    }

    @Test func randomStringsScanAsByteByByte() {
        var random = SeededRandom(seed: 17)
        let alphabet: [UInt8] = Array("abc 张庆文".utf8) + [0x7F, 0xC2, 0x85, 0x1F, 0x09, UInt8(ascii: "\\"), 0xFF, 0xE4]
        for _ in 0..<5_000 {
            let length = random.below(40)
            var bytes = [UInt8(ascii: "\"")]
            for _ in 0..<length {
                bytes.append(random.below(8) == 0 ? random.pick(alphabet) : random.pick(Array("zhang 张".utf8)))
            }
            if random.below(4) != 0 { bytes.append(UInt8(ascii: "\"")) }
            bytes += Array(repeating: UInt8(ascii: "x"), count: random.below(10))
            #expect(scanned(bytes) == reference(bytes), "\(bytes)")
        }
    }

    @Test func wordTestsAgreeWithTheirBytes() {
        var random = SeededRandom(seed: 3)
        for _ in 0..<50_000 {
            var word: UInt64 = 0
            for _ in 0..<8 { word = word << 8 | UInt64(random.pick([0x00, 0x1F, 0x20, 0x22, 0x5C, 0x7F, 0x80, 0xC2, 0xFF, 0x41, UInt8(random.below(256))])) }
            let bytes = (0..<8).map { UInt8(truncatingIfNeeded: word >> (8 * UInt64($0))) }
            #expect(ByteWord.hasByte(below: 0x20, in: word) == bytes.contains { $0 < 0x20 })
            #expect(ByteWord.hasByte(0x22, in: word) == bytes.contains(0x22))
            #expect(ByteWord.hasByte(0xC2, in: word) == bytes.contains(0xC2))
            #expect(ByteWord.hasHighBit(word) == bytes.contains { $0 >= 0x80 })
        }
    }
}
