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
}
