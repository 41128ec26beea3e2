/// Word wrapping for mixed Chinese and Latin text.
///
/// - Between Han characters (and kana, Hangul, fullwidth forms, emoji) a line may break anywhere.
/// - Latin text breaks at spaces (the spaces at a break are dropped); a word longer than the line
///   is cut at the line's width.
/// - No line starts with closing punctuation (，。、；：？！）」』】》 …) and no line ends with
///   opening punctuation (（「『【《 …) when a better break exists in the line (kinsoku): the
///   break moves back so that the punctuation stays with its neighbour.
/// - Wide characters are never split.
public enum LineBreaking {
    /// One grapheme cluster with its style and width.
    struct Unit {
        var character: Character
        var style: Style
        var width: Int
        var isSpace: Bool { character == " " }
    }

    /// Characters that must not begin a line.
    static let closingPunctuation: Set<Character> = Set(
        "，。、；：？！）」』】》〉〕〗〙〛〟’”…‥·・ー々〻ゝゞヽヾ〜～％‰°℃" +
        "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶ" +
        "!),.:;?]}%'\"" + "！），．：；？］｝｡｣､"
    )

    /// Characters that must not end a line.
    static let openingPunctuation: Set<Character> = Set("（「『【《〈〔〖〘〚〝‘“([{＄￥$¥£" + "［｛｢")

    /// Splits `line` into lines of at most `width` columns. An empty line gives one empty line.
    public static func wrap(_ line: Line, width: Int) -> [Line] {
        let ambiguous = AmbiguousWidth.current
        var units: [Unit] = []
        for span in line.spans {
            for character in TerminalText.sanitized(span.text) {
                let w = character.displayWidth(ambiguous: ambiguous)
                if w > 0 { units.append(Unit(character: character, style: span.style, width: w)) }
            }
        }
        guard width > 0 else { return [] }
        if units.isEmpty { return [.empty] }
        return breakLines(units, width: width).map { range in makeLine(units[range]) }
    }

    /// Whether a line may break between `units[index - 1]` and `units[index]`.
    static func canBreak(before index: Int, in units: [Unit]) -> Bool {
        let previous = units[index - 1]
        let current = units[index]
        if current.isSpace { return false }
        if closingPunctuation.contains(current.character) { return false }
        if openingPunctuation.contains(previous.character) { return false }
        if previous.isSpace { return true }
        if previous.width == 2 || current.width == 2 { return true }
        if previous.character == "-" || previous.character == "/" { return current.character.isLetter }
        return false
    }

    /// The ranges of `units` forming each line.
    static func breakLines(_ units: [Unit], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        while start < units.count {
            var used = 0
            var lastBreak: Int? = nil
            var index = start
            var end = units.count
            while index < units.count {
                if index > start, canBreak(before: index, in: units) { lastBreak = index }
                let unit = units[index]
                if used + unit.width > width {
                    if unit.isSpace {
                        end = index
                    } else if let lastBreak, lastBreak > start {
                        end = lastBreak
                    } else {
                        end = max(index, start + 1)  // hard break (a single over-wide unit stays alone)
                    }
                    break
                }
                used += unit.width
                index += 1
            }
            if index >= units.count { end = units.count }
            // Drop the spaces at the end of this line and at the start of the next.
            var lineEnd = end
            while lineEnd > start, units[lineEnd - 1].isSpace { lineEnd -= 1 }
            if end < units.count || lineEnd > start || lines.isEmpty {
                lines.append(start..<lineEnd)
            }
            var next = end
            if end < units.count { while next < units.count, units[next].isSpace { next += 1 } }
            start = next
        }
        return lines
    }

    /// Joins units back into spans of equal style.
    static func makeLine(_ units: ArraySlice<Unit>) -> Line {
        var spans: [Span] = []
        for unit in units {
            if let last = spans.last, last.style == unit.style {
                spans[spans.count - 1].text.append(unit.character)
            } else {
                spans.append(Span(String(unit.character), style: unit.style))
            }
        }
        return Line(spans)
    }
}
