import LibcoopTestSupport
import Testing
@testable import LibcoopRender

/// Wrapping never splits what a reader takes as one piece: a number from its unit, or a name a
/// caller marked with `Span.Wrapping`.
@Suite("Line breaking keeps numbers with units and names whole")
struct KeptTogetherTests {
    func wrapped(_ line: Line, width: Int) -> [String] {
        LineBreaking.wrap(line, width: width).map(\.plainText)
    }

    @Test("A number keeps the word after it, with or without a space")
    func numberAndUnit() {
        #expect(wrapped("2 staff · 9 programs · 4 events", width: 22) == ["2 staff · 9 programs ·", "4 events"])
        #expect(wrapped("2 staff · 9 programs", width: 12) == ["2 staff ·", "9 programs"])
        #expect(wrapped("Reading for 0.4 s", width: 15) == ["Reading for", "0.4 s"])
        #expect(wrapped("调研于2022年5月", width: 8) == ["调研于", "2022年", "5月"])
    }

    @Test("A count marked as one piece moves whole to the next line")
    func chineseCount() {
        let line = Line([Span.unbreakable("9 个项目"), Span(" · "), Span.unbreakable("4 个事件")])
        #expect(wrapped(line, width: 16) == ["9 个项目 ·", "4 个事件"])
    }

    @Test("A name moves whole to the next line instead of being split")
    func nameMoves() {
        let line = Line([Span("结对分馆："), Span.unbreakable("雨花台区图书馆")])
        #expect(wrapped(line, width: 20) == ["结对分馆：", "雨花台区图书馆"])
        let english = Line([Span("Partners: "), Span.unbreakable("Yuhuatai District Library"), Span(" "), Span.unbreakable("雨花台区图书馆")])
        #expect(wrapped(english, width: 30) == ["Partners:", "Yuhuatai District Library", "雨花台区图书馆"])
    }

    @Test("A name wider than a whole line is shortened with an ellipsis, on a line of its own")
    func nameTooWide() {
        let line = Line([Span("见"), Span.unbreakable("金陵图书馆与雨花台区图书馆")])
        #expect(wrapped(line, width: 10) == ["见", "金陵图书…"])
    }

    @Test("A title kept together when possible still shows every word when it cannot fit")
    func titleWhenPossible() {
        let fits = Line([Span("“18” Legal Consultation Square "), Span("18法律咨询广场", wrapping: .keepTogetherWhenPossible)])
        #expect(wrapped(fits, width: 36) == ["“18” Legal Consultation Square", "18法律咨询广场"])
        let tooWide = Line([Span("见 "), Span("市区多层级图书馆共建共享", wrapping: .keepTogetherWhenPossible)])
        let lines = wrapped(tooWide, width: 10)
        #expect(lines.count > 1)
        #expect(lines.joined() == "见 市区多层级图书馆共建共享")
    }

    @Test("Spaces around a kept-together span are places to break")
    func spacesAroundAGroup() {
        let line = Line([Span.unbreakable("Zhang Xiaoqin"), Span(" "), Span.unbreakable("张小琴"),
                         Span(" (Head of Department)", wrapping: .keepTogetherWhenPossible)])
        #expect(wrapped(line, width: 30) == ["Zhang Xiaoqin 张小琴", "(Head of Department)"])
    }

    @Test("Kept-together spans keep their styles and wrapping through a wrap")
    func stylesKept() {
        let line = Line([Span("A "), Span.unbreakable("张庆文", style: .plain.bold())])
        let lines = LineBreaking.wrap(line, width: 4)
        #expect(lines.map(\.plainText) == ["A", "张…"])
        #expect(lines[1].spans.allSatisfy { $0.style == .plain.bold() })
    }
}
