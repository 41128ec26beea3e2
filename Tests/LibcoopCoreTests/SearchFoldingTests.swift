import Testing
@testable import LibcoopCore

/// Names and queries are folded alike: Traditional to Simplified, full-width to ASCII, case and
/// Latin diacritics ignored, punctuation and spaces only separating.
@Suite struct SearchFoldingTests {
    @Test func traditionalNamesAndQueriesMeetInSimplified() {
        let index = StaffSearchIndex(staff: [
            StaffMember(id: "traditional", name: "劉德華", sources: []),
            StaffMember(id: "simplified", name: "张庆文", sources: []),
        ])
        #expect(index.search("刘德华").first?.member.id == "traditional")
        #expect(index.search("劉德華").first?.member.id == "traditional")
        #expect(index.search("liudehua").first?.member.id == "traditional")
        #expect(index.search("張慶文").first?.member.id == "simplified")
        #expect(index.search("張慶文").first?.kind == .exact)
    }

    @Test func widthCaseAndSeparatorsDoNotMatter() {
        let index = StaffSearchIndex(staff: [
            StaffMember(id: "uygur", name: "买买提·艾力", sources: []),
            StaffMember(id: "jiao", name: "焦翔", nameEnglish: "JIAO Xiang", sources: []),
        ])
        #expect(index.search("买买提艾力").first?.kind == .exact)
        #expect(index.search("艾力").first?.member.id == "uygur")
        #expect(index.search("ＪＩＡＯ　ＸＩＡＮＧ").first?.kind == .exact)
        #expect(index.search("jiao-xiang").first?.kind == .exact)
        #expect(index.search("Jiāo Xiáng").first?.kind == .exact)
    }

    @Test func queriesBecomeAtoms() {
        let index = StaffSearchIndex(staff: [StaffMember(id: "a", name: "张庆文", sources: [])])
        #expect(index.names.atoms(of: "张q") == [0x5F20, UInt32(UInt8(ascii: "q"))])
        #expect(index.names.atoms(of: " Zhang  Q ").count == 6)
        #expect(index.names.atoms(of: "慶") == [0x5E86])
        #expect(index.names.atoms(of: "·, !?").isEmpty)
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
