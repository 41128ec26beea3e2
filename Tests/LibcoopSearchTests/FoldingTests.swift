import Testing
@testable import LibcoopSearch

/// Queries are folded as names are (Traditional to Simplified, case, spaces and punctuation only
/// separating), and each character's pinyin is asked of ICU once.
@Suite struct FoldingTests {
    @Test func queriesBecomeAtoms() {
        var builder = NameIndexBuilder()
        builder.add(name: "张庆文", alias: nil)
        let index = builder.finish()
        #expect(index.atoms(of: "张q") == [0x5F20, UInt32(UInt8(ascii: "q"))])
        #expect(index.atoms(of: " Zhang  Q ").count == 6)
        #expect(index.atoms(of: "慶") == [0x5E86])
        #expect(index.atoms(of: "·, !?").isEmpty)
    }

    @Test func pinyinComesFromICUOncePerCharacter() {
        var transcriber = PinyinTranscriber()
        #expect(transcriber.readings(of: "焦").map { String(decoding: $0, as: UTF8.self) } == ["jiao"])
        #expect(transcriber.readings(of: "吕").map { String(decoding: $0, as: UTF8.self) } == ["lu", "lv"])
        #expect(transcriber.readings(of: "😀").isEmpty)
        _ = transcriber.readings(of: "焦")
        #expect(transcriber.transcribedCount == 3)
    }
}
