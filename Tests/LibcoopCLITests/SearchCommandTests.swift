import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop staff` and `libcoop search` as scripts and people use them: every way a name is typed,
/// JSON shape, the grep-like exit status, and odd input that must not crash.
@Suite struct SearchCommandTests {
    /// The ids `libcoop staff QUERY --json` lists, best first.
    private func staffIDs(_ arguments: [String]) throws -> [String] {
        let result = try CommandRunner.run(["staff"] + arguments + ["--json"])
        let people = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        return people.compactMap { $0["id"] as? String }
    }

    @Test(arguments: ["焦翔", "焦", "翔", "jiaoxiang", "jiao xiang", "JiaoXiang", "jiaox", "jx", "jiao", "jiaoxiang"])
    func jiaoXiangIsFoundHoweverTheNameIsTyped(_ query: String) throws {
        #expect(try staffIDs([query]).first == "jiaoxiang", "\(query)")
    }

    @Test(arguments: ["張慶文", "张庆文", "zqw", "zhangqw", "张q", "zhang庆", "Zhang Qingwen"])
    func zhangQingwenIsFoundInTraditionalInitialsAndMixedQueries(_ query: String) throws {
        #expect(try staffIDs([query]).first == "zhangqingwen", "\(query)")
    }

    @Test func jsonHasTheFieldsScriptsNeed() throws {
        let result = try CommandRunner.run(["staff", "jx", "--json"])
        #expect(result.status == 0)
        let people = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        let first = try #require(people.first)
        #expect(first["id"] as? String == "jiaoxiang")
        #expect(first["name"] as? String == "焦翔")
        #expect(first["library"] as? String == "jinling")
        #expect(first["affiliation"] as? String == "金陵图书馆")
        #expect(first["department"] is NSNull, "the article gives the director no department; the key is still there")
        #expect(first["title"] as? String == "馆长")
        #expect(first["pinyin"] as? String == "jiao xiang")
        #expect(first["match"] as? String == "word_start", "initials abbreviate the syllables")
    }

    @Test func textShowsNamePinyinLibraryDepartmentAndTitleAligned() throws {
        let result = try CommandRunner.run(["staff", "zhang"])
        #expect(result.status == 0)
        #expect(!result.output.contains("\u{1B}"))
        let lines = result.output.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("NAME    ENGLISH NAME   PINYIN") == true)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("张小琴  Zhang Xiaoqin  zhang xiao qin  金陵图书馆"))
        #expect(lines[2].hasPrefix("张庆文  Zhang Qingwen  zhang qing wen  雨花台区图书馆"))
    }

    @Test func libraryAndLimitNarrowTheAnswer() throws {
        #expect(try staffIDs(["zhang", "--library", "雨花台"]) == ["zhangqingwen"])
        #expect(try staffIDs(["zhang", "--limit", "1"]) == ["zhangxiaoqin"])
        let unknown = try CommandRunner.run(["staff", "zhang", "--library", "yuhuatia"])
        #expect(unknown.status == 1)
        #expect(unknown.error.contains("did you mean \"yuhuatai\"?"))
        #expect(try CommandRunner.run(["staff", "zhang", "--limit", "0"]).status == 64)
    }

    @Test func noMatchExitsOneLikeGrep() throws {
        let text = try CommandRunner.run(["staff", "qqqq"])
        #expect(text.status == 1)
        #expect(text.output.isEmpty)
        #expect(text.error == "libcoop: no staff match \"qqqq\"\n")
        let json = try CommandRunner.run(["staff", "qqqq", "--json"])
        #expect(json.status == 1)
        #expect((try CommandRunner.json(json.output) as? [Any])?.isEmpty == true)
    }

    @Test(arguments: ["", "   ", "😀", "👨‍👩‍👧", String(repeating: "zhang", count: 20_000), "\u{1B}[31mred", "\u{0}"])
    func oddQueriesMatchNobodyWithoutCrashing(_ query: String) throws {
        let result = try CommandRunner.run(["staff", query])
        #expect(result.status == 1)
        #expect(!result.error.contains("\u{1B}"), "the query is echoed inert")
    }

    @Test func searchFindsEveryKindOfRecordAndSaysWhereItBelongs() throws {
        let result = try CommandRunner.run(["search", "视障", "--json"])
        #expect(result.status == 0)
        let records = try #require(try CommandRunner.json(result.output) as? [[String: Any]])
        let space = try #require(records.first)
        #expect(space["kind"] as? String == "space")
        #expect(space["name"] as? String == "视障阅览室")
        #expect((space["context"] as? String)?.contains("雨花台区图书馆") == true)

        let kinds = Set(try #require(try CommandRunner.json(try CommandRunner.run(["search", "yht", "--json", "--limit", "50"]).output) as? [[String: Any]])
            .compactMap { $0["kind"] as? String })
        #expect(kinds.contains("library"), "雨花台区图书馆 by initials")

        let person = try CommandRunner.run(["search", "张慶文"])
        #expect(person.output.split(separator: "\n").dropFirst().first?.hasPrefix("staff  张庆文") == true)
        #expect(try CommandRunner.run(["search", "qqqq"]).status == 1)
    }
}
