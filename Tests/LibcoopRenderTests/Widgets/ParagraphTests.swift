import LibcoopTestSupport
import Testing
@testable import LibcoopRender

@Suite("Paragraph and line breaking")
struct ParagraphTests {
    func wrapped(_ text: String, width: Int) -> [String] {
        Paragraph(text).displayLines(width: width).map(\.plainText)
    }

    @Test("Chinese breaks between any two characters")
    func chinese() {
        #expect(wrapped("市图书馆与区图书馆合作", width: 8) == ["市图书馆", "与区图书", "馆合作"])
        #expect(wrapped("市图书馆与区图书馆合作", width: 7) == ["市图书", "馆与区", "图书馆", "合作"])
    }

    @Test("Latin breaks at spaces; long words are cut")
    func latin() {
        #expect(wrapped("Reading is fun for everyone", width: 10) == ["Reading is", "fun for", "everyone"])
        #expect(wrapped("Interlibrary loan", width: 5) == ["Inter", "libra", "ry", "loan"])
    }

    @Test("Mixed Chinese and Latin")
    func mixed() {
        #expect(wrapped("第3分馆Branch举办活动", width: 10) == ["第3分馆", "Branch举办", "活动"])
        #expect(wrapped("参加 Story time 活动", width: 12) == ["参加 Story", "time 活动"])
    }

    @Test("No line starts with closing punctuation when avoidable")
    func kinsoku() {
        // Width 8 would put "。" first on line two; the break moves back one character.
        #expect(wrapped("图书馆合。读书会", width: 8) == ["图书馆", "合。读书", "会"])
        #expect(wrapped("图书馆合作。读书会", width: 8) == ["图书馆合", "作。读书", "会"])
        #expect(wrapped("他说：「好」，然后走了", width: 10) == ["他说：", "「好」，然", "后走了"])
        for line in wrapped("通借通还、联合编目，阅读推广（讲座）。都很好！", width: 6).dropFirst() {
            #expect(!LineBreaking.closingPunctuation.contains(line.first!), "line starts with \(line)")
        }
    }

    @Test("No line ends with opening punctuation when avoidable")
    func openingPunctuation() {
        let lines = wrapped("阅读推广（讲座）活动", width: 10)
        for line in lines { #expect(line.last != "（") }
    }

    @Test("Emoji and combining marks stay whole")
    func clusters() {
        #expect(wrapped("📚📚📚", width: 3) == ["📚", "📚", "📚"])
        #expect(wrapped("e\u{301}e\u{301}e\u{301}", width: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test("Width 1 with wide characters gives one character per line")
    func widthOne() {
        let lines = wrapped("图书", width: 1)
        #expect(lines == ["图", "书"])
        let grid = renderGrid(width: 1, height: 2) { $0.render(Paragraph("图书")) }
        expectScreen(grid, [" ", " "])
    }

    @Test("Explicit newlines and empty lines are kept")
    func newlines() {
        #expect(wrapped("第一行\n\n第三行", width: 10) == ["第一行", "", "第三行"])
    }

    @Test("Rendered in a block with scrolling and alignment")
    func rendered() {
        let grid = renderGrid(width: 12, height: 4) {
            $0.render(Paragraph("市图书馆与区图书馆合作开展活动", block: Block(title: "说明"), scroll: 1))
        }
        expectScreen(grid, [
            "┌ 说明 ────┐",
            "│区图书馆合│",
            "│作开展活动│",
            "└──────────┘",
        ])
        let centered = renderGrid(width: 10, height: 1) { $0.render(Paragraph("图书馆", alignment: .center)) }
        expectScreen(centered, ["  图书馆"])
        let trailing = renderGrid(width: 10, height: 1) { $0.render(Paragraph("图书馆", alignment: .trailing)) }
        expectScreen(trailing, ["    图书馆"])
    }

    @Test("Without wrapping, lines are cut with an ellipsis")
    func noWrap() {
        let grid = renderGrid(width: 7, height: 1) { $0.render(Paragraph("市图书馆合作", wraps: false)) }
        expectScreen(grid, ["市图书…"])
    }

    @Test("Styles survive wrapping")
    func styles() {
        let line = Line([Span("图书馆", style: Style().bold()), Span("合作")])
        let lines = Paragraph(lines: [line]).displayLines(width: 4)
        #expect(lines.count == 3)
        #expect(lines[0].spans == [Span("图书", style: Style().bold())])
        #expect(lines[1].spans == [Span("馆", style: Style().bold()), Span("合")])
    }
}
