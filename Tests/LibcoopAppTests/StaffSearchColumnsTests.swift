import LibcoopCore
import LibcoopRender
import Testing
@testable import LibcoopApp

/// The `/` search's columns stay where they are while the user types: their widths come from all
/// the staff (`StaffColumnWidths`, built with the search indexes), not from the rows shown.
@Suite struct StaffSearchColumnsTests {
    /// The search's header row and where its pinyin, library and title columns begin, after
    /// typing `query`.
    private func columns(after query: String, language: Language) throws -> (header: String, starts: [Int]) {
        var state = startBrowser(width: 100, height: 30, language: language)
        send(&state, .char("/"))
        for character in query { send(&state, .char(character)) }
        let lines = screen(state)
        let titles = language == .chinese ? ["姓名", "拼音", "所属", "职务"] : ["Name", "Pinyin", "Library", "Title"]
        let header = try #require(lines.first { line in titles.allSatisfy { line.contains($0) } }, "no header after \(query): \(lines)")
        let starts = titles.dropFirst().map { title in header.range(of: title).map { header[..<$0.lowerBound].displayWidth } ?? -1 }
        return (header, starts)
    }

    @Test("the columns do not move as the query and its results change, in either language", arguments: [Language.chinese, .english])
    func columnsStayPutWhileTyping(language: Language) throws {
        let queries = ["j", "jx", "zhang", "w", "张庆文", "chen"]
        let first = try columns(after: queries[0], language: language)
        for query in queries.dropFirst() {
            let now = try columns(after: query, language: language)
            #expect(now.starts == first.starts, "after \(query): \(now.header) / after \(queries[0]): \(first.header)")
        }
    }

    @Test("in a terminal too narrow for those widths the columns fit the rows shown: no name is cut for a longer one not shown")
    func narrowFitsTheRowsShown() {
        var state = startBrowser(width: 44, height: 16, language: .chinese)
        send(&state, .char("/"))
        for character in "zhang" { send(&state, .char(character)) }
        let text = screen(state).joined(separator: "\n")
        #expect(text.contains("张小琴") && text.contains("张庆文"), "\(text)")
    }

    @Test("a name is measured as it is shown: a bidi override drawn as \\u{202E} counts all its columns")
    func measuredAsShown() {
        var dataset = sampleData.dataset
        dataset.staff[0].name = "张\u{202E}三"
        let widths = StaffColumnWidths(dataset: dataset, staff: StaffSearchIndex(dataset))
        #expect(widths.name[.chinese] == #"张\u{202E}三"#.displayWidth)
    }

    @Test("the widths are those of the widest name, pinyin and library among all the staff")
    func widthsComeFromEveryone() throws {
        let widths = try #require(sampleData.searchIndexes?.staffColumns)
        let staff = sampleData.dataset.staff
        #expect(widths.name[.chinese] == staff.map { $0.name.displayWidth }.max())
        #expect(widths.pinyin == "wang cheng guan".count, "the longest pinyin in the sample")
        let dataset = sampleData.dataset
        let owners = staff.compactMap { $0.library ?? $0.organization }.map { id in
            dataset.libraries.first { $0.id == id }?.name ?? dataset.organizations.first { $0.id == id }?.name ?? id
        }
        #expect(widths.owner[.chinese] == owners.map(\.displayWidth).max())
        #expect(owners.contains("雨花台区文化和旅游局"), "a person of an organisation, not a library, counts too")
    }
}
