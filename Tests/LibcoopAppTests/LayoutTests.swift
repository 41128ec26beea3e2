import Foundation
import LibcoopCore
import LibcoopRender
import LibcoopTestSupport
import Testing
@testable import LibcoopApp

/// What a user notices about layout at every size: wrapping that keeps numbers with their units
/// and names whole, columns that stay put, narrow screens that keep what matters, the tree.
@Suite struct LayoutTests {
    static let sizes = [(120, 40), (80, 24), (60, 20), (40, 12)]

    /// The Overview of the selected library (the tree's `index`th row), as a narrow screen shows it too.
    /// Every row it shows, scrolled down a line at a time to its end.
    func overview(width: Int, height: Int, language: Language, row: Int) -> [String] {
        var state = startBrowser(width: width, height: height, language: language)
        for _ in 0..<row { send(&state, .char("j")) }
        send(&state, .char("1"), .key(KeyEvent(.enter)))
        if state.focus != .content { send(&state, .key(KeyEvent(.right))) }
        var rows = screen(state)
        for _ in 0..<30 {
            send(&state, .char("j"))
            rows += screen(state)
        }
        return rows
    }

    @Test("The Overview's counts keep each number with its unit, in both languages at every size")
    func countsKeepTheirUnits() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                for row in 0..<2 {
                    let rows = overview(width: width, height: height, language: language, row: row)
                    let records = rows.joined(separator: "\n")
                    for unit in ["个空间", "个项目", "个事件", "staff", "programs", "events", "spaces"] where records.contains(unit) {
                        for line in rows {
                            let content = line.components(separatedBy: "││").last ?? line
                            let text = content.trimmingCharacters(in: CharacterSet(charactersIn: " │█"))
                            #expect(!(text.hasSuffix(" 4") || text.hasSuffix(" 9") || text.hasSuffix(" 15") || text.hasSuffix(" 2")),
                                    "a number ends a line without its unit at \(width)×\(height) \(language): \(line)")
                            #expect(!text.hasPrefix(unit), "a unit starts a line at \(width)×\(height) \(language): \(line)")
                        }
                    }
                }
            }
        }
    }

    @Test("The Chinese Overview at 80×24 shows 4 个事件 whole")
    func chineseCountsAt80x24() {
        let rows = overview(width: 80, height: 24, language: .chinese, row: 1)
        #expect(rows.contains { $0.contains("4 个事件") })
    }

    @Test("A partner's name moves whole to the next line rather than being split")
    func partnerNameWhole() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                let rows = overview(width: width, height: height, language: language, row: 0)
                #expect(rows.contains { $0.contains("雨花台区图书馆") }, "split at \(width)×\(height) \(language):\n\(rows.joined(separator: "\n"))")
                #expect(!rows.contains { $0.contains("图书") && !$0.contains("图书馆") && $0.contains("雨花台") },
                        "雨花台区图书 / 馆 at \(width)×\(height) \(language)")
            }
        }
    }

    @Test("The year filter `y` leaves the timeline's columns where they were")
    func yearFilterKeepsColumns() {
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                var state = startBrowser(width: width, height: height, language: language)
                send(&state, .char("j"), .char("5"))
                if state.focus != .content { send(&state, .key(KeyEvent(.enter))) }
                let heading = language.pick("事项", "What")
                func headingColumn(_ state: BrowserState) -> Int? {
                    guard let row = screen(state).first(where: { $0.contains(heading) }), let range = row.range(of: heading) else { return nil }
                    return String(row[..<range.lowerBound]).displayWidth
                }
                let before = headingColumn(state)
                send(&state, .char("y"))
                #expect(state.linkage.year != nil)
                #expect(headingColumn(state) == before, "the What column moved at \(width)×\(height) \(language)")
            }
        }
    }

    @Test("At 40×12 the breadcrumb keeps its most specific parts, shortened from the left")
    func breadcrumbFromTheLeft() {
        var state = startBrowser(width: 40, height: 12, language: .english)
        send(&state, .char("j"), .char("2"), .char("G"))
        if state.focus != .content { send(&state, .key(KeyEvent(.enter)), .char("G")) }
        let header = screen(state)[0].trimmingCharacters(in: .whitespaces)
        #expect(BrowserView.breadcrumbs(state).last == "floor not given")
        #expect(header.hasSuffix("Floors › floor not given"), "\(header)")
        #expect(!header.contains("Y…"))
        var linkage = startBrowser(width: 40, height: 12, language: .english)
        send(&linkage, .char("j"), .char("5"))
        if linkage.focus != .content { send(&linkage, .key(KeyEvent(.enter))) }
        let linkageHeader = screen(linkage)[0].trimmingCharacters(in: .whitespaces)
        #expect(linkageHeader.contains("Yuhuatai") && linkageHeader.hasSuffix("› Linkage"), "\(linkageHeader)")
    }

    @Test("The help wraps its words in a narrow box instead of cutting them")
    func helpWraps() {
        for language in Language.allCases {
            var state = startBrowser(width: 40, height: 12, language: language)
            send(&state, .char("?"))
            var seen: [String] = []
            for _ in 0..<60 {
                seen += screen(state).dropFirst().dropLast()
                send(&state, .key(KeyEvent(.down)))
            }
            #expect(!seen.contains { $0.contains(Glyphs.current.ellipsis) }, "cut: \(seen.filter { $0.contains("…") })")
            #expect(seen.contains { $0.contains(language.pick("切换窗格", "pane")) })
        }
    }

    @Test("The loading line keeps the seconds' unit however narrow the screen")
    func loadingKeepsItsUnit() {
        for width in [30, 40, 60] {
            let grid = LoadingView.render(size: Size(width: width, height: 12), step: "Reading nanjing-national-scale.json (22 MB)",
                                          elapsed: .milliseconds(400), tick: 0, language: .english)
            let line = grid.textLines().first { $0.contains("Reading") } ?? ""
            #expect(line.trimmingCharacters(in: .whitespaces).hasSuffix("0.4 s"), "\(width): \(line)")
        }
    }

    @Test("The 80×24 event overlay leaves one blank line above its links, and its last link scrolls into view")
    func eventOverlayNoBlankLines() {
        var state = startBrowser(width: 80, height: 24, language: .chinese)
        send(&state, .char("j"), .char("5"))
        if state.focus != .content { send(&state, .key(KeyEvent(.enter))) }
        // Past the three phases and the 2022 work plan to the 2022-05-30 visit.
        send(&state, .char("j"), .char("j"), .char("j"), .char("j"), .key(KeyEvent(.enter)))
        var rows = screen(state)
        #expect(rows.contains { $0.contains("2022-05-30") }, "not the visit's overlay:\n\(rows.joined(separator: "\n"))")
        let heading = try? #require(rows.firstIndex { $0.contains("链接（Enter 打开）") })
        guard let heading else { return }
        let blank = { (row: String) in row.trimmingCharacters(in: CharacterSet(charactersIn: " │")).isEmpty }
        #expect(!blank(rows[heading - 2]), "more than one blank line above the links:\n\(rows.joined(separator: "\n"))")
        send(&state, .char("G"))
        rows = screen(state)
        #expect(rows.contains { $0.contains("钱桦") }, "the last person cannot be scrolled to:\n\(rows.joined(separator: "\n"))")
    }

    @Test("The tree draws ├ for a child with siblings after it and └ for the last")
    func treeBranches() {
        var dataset = sampleData.dataset
        dataset.libraries.append(Library(id: "qinhuai", name: "秦淮区图书馆", nameEnglish: "Qinhuai District Library", tier: .district,
                                         pairedWith: "jinling", sources: []))
        let data = BrowserData(dataset: dataset, files: [])
        let state = Browser.start(data: data, size: Size(width: 80, height: 24), language: .chinese)
        let rows = screen(state)
        #expect(rows.contains { $0.contains("├ 雨花台区图书馆") })
        #expect(rows.contains { $0.contains("└ 秦淮区图书馆") })
        #expect(AmbiguousWidth.$current.withValue(.wide) { screen(state) }.contains { $0.contains("|-雨花台区图书馆") })
    }

    @Test("The tree's counts are words, shown only where the name leaves room; names are whole at 120 columns")
    func treeCountsReadable() {
        let rows = screen(startBrowser(width: 120, height: 40, language: .english))
        #expect(rows.contains { $0.contains("└ Yuhuatai District Library 雨花台区图书馆") })
        #expect(!rows.joined().contains("F0 S6"))
        let wide = screen(startBrowser(width: 160, height: 40, language: .english))
        #expect(wide.contains { $0.contains("Jinling Library 金陵图书馆  6 staff · 9 programs") })
        #expect(wide.contains { $0.contains("└ Yuhuatai District Library 雨花台区图书馆  5 floors · 2 staff · 9 programs") })
        for (width, height) in Self.sizes {
            for language in Language.allCases {
                let tree = screen(startBrowser(width: width, height: height, language: language)).dropFirst().prefix(3)
                #expect(!tree.contains { $0.contains("人…") || $0.contains("staff…") || $0.contains("层…") }, "counts cut at \(width)×\(height)")
            }
        }
    }
}
