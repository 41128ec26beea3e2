import Testing
@testable import LibcoopCore

/// Lines and columns of problems, including on one enormous line (a minified dataset), where
/// columns must still count characters and every lookup must stay cheap.
@Suite struct LineIndexTests {
    @Test func columnsCountCharactersAcrossCheckpointsOnLongAndShortLines() {
        var random = SeededRandom(seed: 5)
        let pieces: [String] = ["a", "张", "😀", "é", "\n", "\"", " ", "庆文", "x\ny"]
        var text = ""
        for _ in 0..<6_000 {
            // Mostly one long line, with a few line breaks: checkpoints fall inside characters.
            let piece = random.pick(pieces)
            text += piece.contains("\n") && random.below(20) != 0 ? "b" : piece
        }
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let index = LineIndex(bytes: buffer)
            // The definition, walked once: a column is one plus the characters since the line's start.
            var line = 1
            var column = 1
            for offset in 0...bytes.count {
                if offset % 7 == 0 {
                    let found = index.location(ofOffset: offset)
                    #expect(found.line == line && found.column == column, "offset \(offset)")
                    if found.line != line || found.column != column { return }
                }
                guard offset < bytes.count else { break }
                if bytes[offset] == 0x0A {
                    line += 1
                    column = 1
                } else if bytes[offset] & 0xC0 != 0x80 {
                    column += 1
                }
            }
        }
    }
}
