import Testing
@testable import LibcoopCore

/// Ranking: exact before prefix before word start before substring before subsequence, and
/// among equals by library (in the dataset's order), then by pinyin.
@Suite struct SearchRankingTests {
    static let libraries = [
        Library(id: "city", name: "市图书馆", tier: .municipal, sources: []),
        Library(id: "district", name: "区图书馆", tier: .district, sources: []),
    ]

    static func person(_ id: String, _ name: String, library: String = "district", english: String? = nil) -> StaffMember {
        StaffMember(id: id, name: name, nameEnglish: english, library: library, sources: [])
    }

    @Test func everyKindOfMatchIsRankedInOrder() {
        let staff = [
            Self.person("subsequence", "泰宁"),
            Self.person("substring", "张伟"),
            Self.person("word-start", "李昂"),
            Self.person("prefix", "昂立"),
            Self.person("exact", "昂"),
        ]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        let matches = index.search("ang")
        #expect(matches.map(\.member.id) == ["exact", "prefix", "word-start", "substring", "subsequence"])
        #expect(matches.map(\.kind) == [.exact, .prefix, .wordStart, .substring, .subsequence])
    }

    @Test func equalMatchesAreOrderedByLibraryThenPinyin() {
        let staff = [
            Self.person("zhou-district", "周明", library: "district"),
            Self.person("zhang-district", "张明", library: "district"),
            Self.person("zhou-city", "周伟", library: "city"),
            Self.person("zhang-city", "张伟", library: "city"),
            Self.person("nobody", "钟华", library: nil ?? "elsewhere"),
        ]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        #expect(index.search("zh").map(\.member.id) == ["zhang-city", "zhou-city", "zhang-district", "zhou-district", "nobody"])
    }

    @Test func theWholeNameComesBeforeLongerNamesWithTheSameStart() {
        let staff = [Self.person("longer", "焦翔宇"), Self.person("whole", "焦翔"), Self.person("other", "蒋晓")]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        #expect(index.search("jiaoxiang").map(\.member.id) == ["whole", "longer"])
        #expect(index.search("焦翔").map(\.kind) == [.exact, .prefix])
        let initials = index.search("jx")
        #expect(initials.map(\.member.id) == ["other", "whole", "longer"], "all abbreviations tie, so pinyin decides: jiang xiao, jiao xiang, jiao xiang yu")
        #expect(initials.allSatisfy { $0.kind == .wordStart })
    }

    @Test func typingPinyinRanksTheSyllableBeforeInitialsThatHappenToSpellIt() {
        let staff = [Self.person("initials", "钟慧安"), Self.person("syllable", "张伟")]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        #expect(index.search("zha").map(\.member.id) == ["syllable", "initials"])
        #expect(index.search("zha").map(\.kind) == [.prefix, .wordStart])
    }

    @Test func englishNamesAndIdsMatchToo() {
        let staff = [Self.person("s0000042", "王小明", english: "Tony Wang"), Self.person("s0000043", "李雷", english: "Li Lei")]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        #expect(index.search("Tony Wang").first?.kind == .exact)
        #expect(index.search("tony").first?.member.id == "s0000042")
        #expect(index.search("tw").first?.member.id == "s0000042")
        #expect(index.search("S0000043").map(\.member.id) == ["s0000043"])
        #expect(index.search("s0000043").first?.kind == .exact)
        #expect(index.search("lilei").first?.kind == .exact)
    }

    @Test func aPersonMatchedSeveralWaysIsListedOnce() {
        let staff = [Self.person("jiaoxiang", "焦翔", english: "Jiao Xiang")]
        let index = StaffSearchIndex(staff: staff, libraries: Self.libraries)
        let matches = index.search("jiaoxiang")
        #expect(matches.count == 1)
        #expect(matches.first?.kind == .exact)
    }
}
