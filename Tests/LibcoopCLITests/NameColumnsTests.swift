import LibcoopTestSupport
import Testing

/// Names are never hidden in the commands' text output either (issue 13): every table that names
/// people or records shows the original name and the English one, each in its own column, under
/// `LANG=C.UTF-8` (the common locale over SSH) as under a Chinese locale; `--json` is unchanged.
@Suite struct NameColumnsTests {
    static let locales = ["C.UTF-8", "zh_CN.UTF-8"]

    @Test(arguments: locales)
    func everyTableShowsTheOriginalAndTheEnglishName(locale: String) throws {
        let environment = ["LANG": locale, "LC_ALL": locale]
        let expected: [([String], [String])] = [
            (["staff", "zhang"], ["张庆文", "Zhang Qingwen", "ENGLISH NAME"]),
            (["search", "视障"], ["视障阅览室", "Reading Room for the Visually Impaired"]),
            (["libraries"], ["雨花台区图书馆", "Yuhuatai District Library"]),
            (["programs"], ["18法律咨询广场", "“18” Legal Consultation Square", "ENGLISH NAME"]),
            (["timeline"], ["金陵图书馆馆长一行到雨花台区图书馆调研", "Jinling Library's director leads a visit", "ENGLISH TITLE"]),
            (["floors", "yuhuatai"], ["视障阅览室", "Reading Room for the Visually Impaired"]),
        ]
        for (arguments, names) in expected {
            let result = try CommandRunner.run(arguments, environment: environment)
            #expect(result.status == 0, "\(arguments): \(result.error)")
            for name in names {
                #expect(result.output.contains(name), "\(arguments) under LANG=\(locale) does not show \(name):\n\(result.output)")
            }
        }
    }

    @Test func jsonKeepsItsShape() throws {
        let staff = try #require(try CommandRunner.json(try CommandRunner.run(["staff", "zhangqingwen", "--json"]).output) as? [[String: Any]])
        #expect(staff.first.map { Set($0.keys) } == ["id", "name", "name_en", "pinyin", "library", "organization", "affiliation",
                                                       "department", "title", "match"])
        #expect(staff.first?["name"] as? String == "张庆文")
    }
}
