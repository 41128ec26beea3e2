import Testing
@testable import LibcoopApp

/// Notes that hold both languages (issue 14, "Mixed languages") are split where the Chinese part
/// ends and the English part begins; each UI shows its own half, the other only when there is none.
@Suite struct BilingualNoteTests {
    @Test func everyBilingualNoteOfTheSampleSplitsAtItsLanguageBoundary() {
        let notes = [
            ("楼层与区域为2022年5月30日调研参观所见,原文以“等区域”列举,未必完整。Floors and areas are those toured on 2022-05-30; the article lists them with “等” (and others), so the list may be incomplete.",
             "楼层与区域为2022年5月30日调研参观所见,原文以“等区域”列举,未必完整。",
             "Floors and areas are those toured on 2022-05-30; the article lists them with “等” (and others), so the list may be incomplete."),
            ("2022年5月30日调研时正在建设。Being built at the visit of 2022-05-30.", "2022年5月30日调研时正在建设。", "Being built at the visit of 2022-05-30."),
            ("特色区域 (featured area)", "特色区域", "featured area"),
            ("调研后的座谈交流在此举行;文中未说明楼层。The talks after the tour were held here; the article does not give its floor.",
             "调研后的座谈交流在此举行;文中未说明楼层。", "The talks after the tour were held here; the article does not give its floor."),
            ("图书馆基础业务辅导培训会在此举行;文中未说明楼层。The basic library-work training was held here; the article does not give its floor.",
             "图书馆基础业务辅导培训会在此举行;文中未说明楼层。", "The basic library-work training was held here; the article does not give its floor."),
            ("栏目:首页 › 各地动态 › 南京。A copy is kept as shared/seed/000_553695b3ad10573e.txt (Traditional characters with pinyin readings added); shared/seed/seed-simplified.txt is the same text in Simplified characters.",
             "栏目:首页 › 各地动态 › 南京。",
             "A copy is kept as shared/seed/000_553695b3ad10573e.txt (Traditional characters with pinyin readings added); shared/seed/seed-simplified.txt is the same text in Simplified characters."),
        ]
        for (text, chinese, english) in notes {
            let note = BilingualNote(text)
            #expect(note.chinese == chinese, "\(text)")
            #expect(note.english == english, "\(text)")
            #expect(note.text(.chinese) == chinese)
            #expect(note.text(.english) == english)
        }
    }

    @Test func everyNoteInTheSampleIsCovered() {
        let libraryNotes = sampleData.dataset.libraries.compactMap(\.notes)
        let spaceNotes = sampleData.dataset.libraries.flatMap(\.allSpaces).compactMap(\.notes)
        let sourceNotes = sampleData.dataset.sources.compactMap(\.notes)
        for text in libraryNotes + spaceNotes + sourceNotes {
            let note = BilingualNote(text)
            #expect(note.chinese != nil && note.english != nil, "not split: \(text)")
            #expect(!(note.chinese ?? "").contains { $0.isASCII && $0.isLetter }, "English left in the Chinese half: \(text)")
        }
    }

    @Test func aNoteInOneLanguageIsShownWholeInBoth() {
        for text in ["仅中文的说明。", "English only.", "金陵图书馆A座", "位于B1层。"] {
            let note = BilingualNote(text)
            #expect(note.text(.chinese) == text)
            #expect(note.text(.english) == text)
        }
    }
}
