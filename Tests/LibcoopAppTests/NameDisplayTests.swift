import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// Names are never hidden (issue 13): the English UI shows the English name with the original
/// beside it, the Chinese UI the original; and one screen speaks one language (issue 14).
@Suite struct NameDisplayTests {
    func text(_ state: BrowserState) -> String { screen(state).joined(separator: "\n") }

    @Test func englishStaffTableShowsTheOriginalBesideTheEnglishName() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("3"))
        #expect(text(state).contains("Zhang Qingwen 张庆文"), "\(text(state))")
        #expect(text(state).contains("Qian Hua 钱桦"))
    }

    @Test func chineseStaffTableShowsTheOriginalOnly() {
        var state = startBrowser(language: .chinese)
        send(&state, .char("j"), .char("3"))
        #expect(text(state).contains("张庆文"))
        #expect(!text(state).contains("Zhang Qingwen"))
    }

    @Test func englishStaffSearchShowsTheOriginal() {
        var state = startBrowser(language: .english)
        send(&state, .char("/"))
        type(&state, "zhangqingwen")
        #expect(text(state).contains("Zhang Qingwen 张庆文"), "\(text(state))")
        #expect(text(state).contains("Yuhuatai District Library 雨花台区图书馆"), "\(text(state))")
    }

    @Test func englishPersonOverlayTreeAndBreadcrumbsShowTheOriginal() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("3"))
        #expect(screen(state).contains { $0.contains("│Jinling Library 金陵图书馆  ") }, "tree: \(screen(state))")
        send(&state, .key(.enter))
        let shown = screen(state)
        #expect(shown.contains { $0.contains("╭ Zhang Qingwen 张庆文") || $0.contains("╭ Qian Hua 钱桦") }, "\(shown)")
        #expect(shown[0].contains("Yuhuatai District Library 雨花台区图书馆"), "breadcrumb: \(shown[0])")
    }

    @Test func aNarrowColumnShortensTheEnglishNameNotTheOriginal() {
        var state = startBrowser(width: 80, height: 24, language: .english)
        send(&state, .char("j"), .char("3"))
        #expect(screen(state).contains { $0.contains("│└ Yuhuat… 雨花台区图书馆│") }, "tree: \(screen(state))")
        send(&state, .char(":"))
        type(&state, "yuhuatai")
        #expect(text(state).contains("… 雨花台区文化和旅游局"), "\(text(state))")
        #expect(text(state).contains("Yuhuatai District Li… 雨花台区图书馆"), "\(text(state))")
        #expect(Language.english.name("雨花台区图书馆", english: "Yuhuatai District Library", width: 24) == "Yuhuatai… 雨花台区图书馆")
        #expect(Language.english.name("雨花台区图书馆", english: "Yuhuatai District Library", width: 40) == "Yuhuatai District Library 雨花台区图书馆")
        #expect(Language.chinese.name("雨花台区图书馆", english: "Yuhuatai District Library", width: 8) == "雨花台区图书馆")
        // No room for a readable part of the English name: the original alone, never cut.
        #expect(Language.english.name("百姓书房", english: "Citizens' Study", width: 12) == "百姓书房")
    }

    @Test func englishProgramsKeepTheOriginalNamesWhole() {
        var state = startBrowser(width: 120, height: 40, language: .english)
        send(&state, .char("j"), .char("4"))
        #expect(text(state).contains("… 文都文影——读者征文摄影大赛"), "\(text(state))")
        #expect(text(state).contains("18法律咨询广场"), "\(text(state))")
    }

    @Test func chinesePersonOverlayLabelsTheIDInChinese() {
        var state = startBrowser(language: .chinese)
        send(&state, .char("j"), .char("3"), .key(.enter))
        #expect(screen(state).contains { $0.contains("编号  ") }, "\(screen(state))")
        #expect(!screen(state).contains { $0.contains("id        ") })
    }

    @Test func chineseRecordSearchLocationsAreChinese() {
        var state = startBrowser(language: .chinese)
        send(&state, .char(":"))
        type(&state, "图书馆")
        let shown = text(state)
        #expect(shown.contains("南京市 · 雨花台区 · 区级"), "\(shown)")
        #expect(shown.contains("南京市 · 市级"), "\(shown)")
        #expect(!shown.contains("district") && !shown.contains("municipal"), "\(shown)")
        send(&state, .key(KeyEvent(.escape)), .char(":"))
        type(&state, "文旅")
        #expect(text(state).contains("局"), "\(text(state))")
        #expect(!text(state).contains("bureau"), "\(text(state))")
    }

    @Test func englishRecordSearchLocationsAreEnglishWithOriginalNames() {
        var state = startBrowser(language: .english)
        send(&state, .char(":"))
        type(&state, "视障")
        let shown = text(state)
        #expect(shown.contains("Yuhuatai District Library 雨花台区"), "\(shown)")
        #expect(shown.contains("Reading Room for the Visually Impaired 视障阅览室"), "\(shown)")
    }

    @Test func englishLinkageParticipantsUseEnglishPunctuation() {
        var state = startBrowser(language: .english)
        send(&state, .char("j"), .char("5"), .key(.down), .key(.down), .key(.down), .key(.down))
        let shown = text(state)
        #expect(shown.contains("Jiao Xiang 焦翔 (Director), Zhang Xiaoqin 张小琴"), "\(shown)")
        #expect(shown.contains("(Head of Department), Wang Chengguan 王承冠"), "\(shown)")
        #expect(!shown.contains("（") && !shown.contains("、"), "\(shown)")
    }

    @Test func overviewNotesShowTheUILanguagesHalf() {
        var english = startBrowser(language: .english)
        send(&english, .char("j"), .char("1"))
        #expect(text(english).contains("Floors and areas are those toured"), "\(text(english))")
        #expect(!text(english).contains("未必完整"), "\(text(english))")
        var chinese = startBrowser(language: .chinese)
        send(&chinese, .char("j"), .char("1"))
        #expect(text(chinese).contains("未必完整"), "\(text(chinese))")
        #expect(!text(chinese).contains("Floors and areas"), "\(text(chinese))")
    }
}
