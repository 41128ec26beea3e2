import Testing
@testable import LibcoopCore

/// Surnames read differently from the same character elsewhere are found by their surname
/// reading, and by ICU's reading too.
@Suite struct SearchSurnameTests {
    static let people: [(name: String, reading: String)] = [
        ("曾丽", "zengli"), ("单田芳", "shantianfang"), ("解缙", "xiejin"), ("仇英", "qiuying"), ("朴树", "piaoshu"),
        ("区志强", "ouzhiqiang"), ("查良镛", "zhaliangyong"), ("盖聂", "genie"), ("乐嘉", "yuejia"), ("尉迟恭", "yuchigong"),
        ("翟天临", "zhaitianlin"), ("万俟卨", "moqixie"), ("缪平", "miaoping"), ("覃雪", "qinxue"),
    ]

    let index = StaffSearchIndex(staff: Self.people.enumerated().map { offset, person in
        StaffMember(id: "p\(offset)", name: person.name, sources: [])
    })

    @Test(arguments: people)
    func aSurnameIsFoundByItsSurnameReading(_ person: (name: String, reading: String)) {
        let match = index.search(person.reading).first
        #expect(match?.member.name == person.name, "\(person.reading)")
        #expect(match?.kind == .exact, "\(person.reading)")
    }

    @Test func theSurnameReadingIsShownAndIcusReadingStillMatches() throws {
        let zeng = try #require(index.search("曾丽").first)
        #expect(zeng.pinyin == "zeng li")
        #expect(index.search("cengli").first?.member.name == "曾丽")
        #expect(index.search("danti").first?.member.name == "单田芳")
        #expect(index.search("zl").first?.member.name == "曾丽")
    }

    @Test func onlyTheFirstCharacterGetsTheSurnameReading() {
        let index = StaffSearchIndex(staff: [
            StaffMember(id: "surname", name: "曾伟", sources: []),
            StaffMember(id: "given", name: "王曾", sources: []),
        ])
        #expect(index.search("zeng").map(\.member.id) == ["surname"])
        #expect(index.search("wangceng").map(\.member.id) == ["given"])
    }

    @Test func aReadingWithUmlautIsTypedWithUOrV() {
        let index = StaffSearchIndex(staff: [StaffMember(id: "lv", name: "吕梁", sources: []), StaffMember(id: "nv", name: "女娲", sources: [])])
        #expect(index.search("lvliang").first?.member.id == "lv")
        #expect(index.search("luliang").first?.member.id == "lv")
        #expect(index.search("lǚ").first?.member.id == "lv")
        #expect(index.search("nvwa").first?.member.id == "nv")
    }
}
