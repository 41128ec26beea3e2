import LibcoopCore
import LibcoopRender

/// Names as spans that wrapping does not split (`Span.Wrapping`): in running text a name moves
/// whole to the next line rather than leaving `雨花台区图书` on one line and `馆` on the next.
extension Language {
    /// A name as `name(_:english:)` shows it, each form kept whole: in English the English name
    /// and the original are separate pieces, so a line may break between them but inside neither.
    func nameSpans(_ name: String, english: String?, style: Style = .plain) -> [Span] {
        guard self == .english, let english, !english.isEmpty, english != name, !name.isEmpty else {
            return [Span.unbreakable(self.name(name, english: english), style: style)]
        }
        return [Span.unbreakable(english, style: style), Span(" ", style: style), Span.unbreakable(name, style: style)]
    }

    /// A record's title (a program's name, an event's title) as a heading: the English words
    /// wrap as text, the original starts a new line rather than being split when it fits on one.
    func titleSpans(_ title: String, english: String?, style: Style = .plain) -> [Span] {
        guard self == .english, let english, !english.isEmpty, english != title, !title.isEmpty else {
            return [Span(self.name(title, english: english), style: style, wrapping: .keepTogetherWhenPossible)]
        }
        return [Span(english + " ", style: style), Span(title, style: style, wrapping: .keepTogetherWhenPossible)]
    }

    /// `items` as a list in running text (`甲、乙`, `A, B`), each item's spans kept as they are.
    func list(_ items: [[Span]]) -> [Span] {
        var spans: [Span] = []
        for (position, item) in items.enumerated() {
            if position > 0 { spans.append(Span(pick("、", ", "))) }
            spans += item
        }
        return spans
    }
}

extension BrowserData {
    /// A library's or organisation's name in `language` as spans wrapping keeps whole
    /// (`Language.nameSpans`), or the id when it is unknown.
    func ownerNameSpans(_ id: String, _ language: Language, style: Style = .plain) -> [Span] {
        guard let pair = ownerNamePair(id) else { return [Span.unbreakable(id, style: style)] }
        return language.nameSpans(pair.original, english: pair.english, style: style)
    }
}
