import Testing
@testable import LibcoopCore
import LibcoopSynthetic

/// Lines and columns of problems, including on one enormous line (a minified dataset), where
/// columns must still count characters.
@Suite struct LineIndexTests {
    @Test func columnsCountCharactersOnLongAndShortLines() {
        var random = SeededRandom(seed: 5)
        let pieces: [String] = ["a", "张", "😀", "é", "\n", "\"", " ", "庆文", "x\ny"]
        var text = ""
        for _ in 0..<6_000 {
            // Mostly one long line, with a few line breaks; offsets fall inside characters too.
            let piece = random.pick(pieces)
            text += piece.contains("\n") && random.below(20) != 0 ? "b" : piece
        }
        let bytes = Array(text.utf8)
        // Every seventh offset, twice each, as several problems can share one place.
        let offsets = stride(from: 0, through: bytes.count, by: 7).flatMap { [$0, $0] }
        let found = bytes.withUnsafeBufferPointer { LineIndex.locations(ofAscending: offsets, in: $0) }
        #expect(found.count == offsets.count)
        // The definition, walked once: a column is one plus the characters since the line's start.
        var line = 1
        var column = 1
        var next = 0
        for offset in 0...bytes.count {
            while next < offsets.count, offsets[next] == offset {
                #expect(found[next].line == line && found[next].column == column, "offset \(offset)")
                if found[next].line != line || found[next].column != column { return }
                next += 1
            }
            guard offset < bytes.count else { break }
            if bytes[offset] == 0x0A {
                line += 1
                column = 1
            } else if bytes[offset] & 0xC0 != 0x80 {
                column += 1
            }
        }
        #expect(next == offsets.count)
    }

    @Test func offsetsOutsideTheTextAreTakenAtItsEnds() {
        let bytes = Array("ab\ncd".utf8)
        let found = bytes.withUnsafeBufferPointer { LineIndex.locations(ofAscending: [-4, 0, 4, 99], in: $0) }
        #expect(found.map(\.line) == [1, 1, 2, 2])
        #expect(found.map(\.column) == [1, 1, 2, 3])
    }
}
