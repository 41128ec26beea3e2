import LibcoopCore
import LibcoopRender

/// A library's record counts in words (`5 层`, `2 staff`, `1 program`), each a piece wrapping
/// keeps whole, so a number never ends a line without its unit.
extension LibraryCounts {
    /// Every count with its unit, for the Overview: `5 层 · 15 个空间 · 2 人 · 9 个项目 · 4 个事件`.
    func phrases(_ language: Language) -> [String] {
        [
            language.pick("\(floors) 层", floors == 1 ? "1 floor" : "\(floors) floors"),
            language.pick("\(spaces) 个空间", spaces == 1 ? "1 space" : "\(spaces) spaces"),
            language.pick("\(staff) 人", "\(staff) staff"),
            language.pick("\(programs) 个项目", programs == 1 ? "1 program" : "\(programs) programs"),
            language.pick("\(events) 个事件", events == 1 ? "1 event" : "\(events) events"),
        ]
    }

    /// The counts the library tree shows beside a name, the ones that are not zero:
    /// `5层 2人 9项` in Chinese, `5 floors · 2 staff · 9 programs` in English. Empty when all are zero.
    /// `dot` is `Glyphs.current.dot`, passed in by a caller summarising many libraries.
    func treeSummary(_ language: Language, dot: @autoclosure () -> String = Glyphs.current.dot) -> String {
        var summary = ""
        func append(_ count: Int, _ chineseUnit: String, _ englishUnit: String) {
            guard count > 0 else { return }
            if !summary.isEmpty { summary += language.pick(" ", " \(dot()) ") }
            summary += String(count)
            summary += language.pick(chineseUnit, " " + englishUnit)
        }
        append(floors, "层", floors == 1 ? "floor" : "floors")
        append(staff, "人", "staff")
        append(programs, "项", programs == 1 ? "program" : "programs")
        return summary
    }

    /// `phrases` as one line of running text, each count kept whole, separated by ` · `.
    func line(_ language: Language) -> Line {
        var spans: [Span] = []
        for phrase in phrases(language) {
            if !spans.isEmpty { spans.append(Span(" \(Glyphs.current.dot) ")) }
            spans.append(Span.unbreakable(phrase))
        }
        return Line(spans)
    }
}
