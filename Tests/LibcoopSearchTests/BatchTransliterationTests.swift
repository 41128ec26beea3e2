import Testing
@testable import LibcoopSearch

/// Asking ICU about many characters in one call gives each character exactly the readings and
/// the Simplified form that asking about it alone gives, for every character from U+4E00 to
/// U+9FA5. The name index uses nothing else from ICU, so an index built with
/// `NameIndexBuilder.prepare` is the index built without it.
@Suite struct BatchTransliterationTests {
    /// Every character from U+4E00 to U+9FA5 (the 20,902 of GB 13000's Unified Ideographs), in
    /// batches the size the staff index uses.
    static let characters: [Unicode.Scalar] = (0x4E00...0x9FA5).compactMap(Unicode.Scalar.init)

    @Test("pinyin readings in one call are those of one call per character")
    func readingsMatch() {
        var batched = PinyinTranscriber()
        var single = PinyinTranscriber()
        var mismatches: [String] = []
        for start in stride(from: 0, to: Self.characters.count, by: 4096) {
            let batch = Array(Self.characters[start..<min(start + 4096, Self.characters.count)])
            batched.prepare(batch)
            #expect(batched.transcribedCount == start + batch.count)
            for scalar in batch where batched.readings(of: scalar) != single.readings(of: scalar) {
                mismatches.append(String(scalar))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }

    @Test("Simplified forms in one call are those of one call per character")
    func simplifiedFormsMatch() {
        var batched = NameFolding()
        var single = NameFolding()
        var mismatches: [String] = []
        for start in stride(from: 0, to: Self.characters.count, by: 4096) {
            let batch = Array(Self.characters[start..<min(start + 4096, Self.characters.count)])
            batched.prepareSimplified(batch)
            for scalar in batch where batched.simplified(scalar) != single.simplified(scalar) {
                mismatches.append(String(scalar))
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(20))")
    }
}

/// English names are read straight from their UTF-8 when they are all ASCII: the words are those
/// the general tokenizer gives, for any ASCII text.
@Suite struct ASCIIAliasWordsTests {
    @Test("the ASCII reading gives the tokenizer's words, for seeded random ASCII text")
    func sameWords() {
        var random = SplitMix64(seed: 11)
        let alphabet = Array("aZ09 -.'_,;:/\\()[]#+*&%$!?~`^|\"\t\n".utf8) + Array("JiaoXiang Zhang Qingwen".utf8)
        for _ in 0..<3000 {
            let length = Int(random.next() % 24)
            let text = String(decoding: (0..<length).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }, as: UTF8.self)
            var bytes: [UInt8] = []
            var ends: [Int] = []
            #expect(NameIndexBuilder.appendASCIIWords(of: text, to: &bytes, ends: &ends))
            var expectedBytes: [UInt8] = []
            var expectedEnds: [Int] = []
            var scratch: [UInt8] = []
            var characters = 0
            NameFolding.forEachToken(in: NameFolding.compatibilityFolded(text), scratch: &scratch) { token in
                switch token {
                case .word(let word):
                    expectedBytes += word
                    expectedEnds.append(expectedBytes.count)
                case .character:
                    characters += 1
                }
            }
            #expect(bytes == expectedBytes && ends == expectedEnds && characters == 0, "\(text.debugDescription)")
        }
        var bytes: [UInt8] = []
        var ends: [Int] = []
        #expect(!NameIndexBuilder.appendASCIIWords(of: "Zhāng Wěi", to: &bytes, ends: &ends))
    }
}
