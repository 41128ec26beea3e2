/// Word wrapping for mixed Chinese and Latin text.
///
/// - Between Han characters (and kana, Hangul, fullwidth forms, emoji) a line may break anywhere.
/// - Latin text breaks at spaces (the spaces at a break are dropped); a word longer than the line
///   is cut at the line's width.
/// - No line starts with closing punctuation (，。、；：？！）」』】》 …) and no line ends with
///   opening punctuation (（「『【《 …) when a better break exists in the line (kinsoku): the
///   break moves back so that the punctuation stays with its neighbour.
/// - A number keeps the word after it (`4 events`, `0.4 s`, `2022年`): no break between a run of
///   digits and what follows it, directly or after one space.
/// - Callers mark what must not be split — a name, a count with its unit such as `4 个事件` —
///   with `Span.Wrapping`: a `.keepTogether` span moves whole to the next line, and is shortened
///   with `…` only when it is wider than a whole line; a `.keepTogetherWhenPossible` span moves
///   whole when it fits on a line by itself and otherwise breaks as normal text.
/// - Wide characters are never split.
public enum LineBreaking {
    /// One grapheme cluster with its style and width, and the kept-together span it belongs to.
    struct Unit {
        var character: Character
        var style: Style
        var width: Int
        var wrapping: Span.Wrapping
        /// The position of the kept-together span this unit is part of (nil in normal text).
        var group: Int?
        /// Whether it is a space; like `isDigit` and `mayBePunctuation`, read from its UTF-8
        /// once, as breaking asks it of every unit.
        let isSpace: Bool
        /// Whether it is an ASCII digit.
        let isDigit: Bool
        /// False for what is in neither punctuation set for certain (ASCII letters and digits,
        /// CJK ideographs), so most units are never looked up there.
        let mayBePunctuation: Bool

        init(character: Character, style: Style, width: Int, wrapping: Span.Wrapping = .normal, group: Int? = nil) {
            self.character = character
            self.style = style
            self.width = width
            self.wrapping = wrapping
            self.group = group
            let utf8 = character.utf8
            let lead = utf8.first ?? 0
            let isOneByte = utf8.count == 1
            isSpace = isOneByte && lead == UInt8(ascii: " ")
            isDigit = isOneByte && lead >= UInt8(ascii: "0") && lead <= UInt8(ascii: "9")
            let isAlphanumeric = (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead)
                || (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(lead) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lead)
            // Lead bytes E4–E9 start U+4000–U+9FFF (CJK ideographs), where neither set has anything.
            mayBePunctuation = !isAlphanumeric && !(0xE4...0xE9).contains(lead)
        }
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
        for (position, span) in line.spans.enumerated() {
            var text = TerminalText.sanitized(span.text)
            var wrapping = span.wrapping
            if width > 0, wrapping != .normal, text.displayWidth(ambiguous: ambiguous) > width {
                // Wider than a whole line: a name is shortened, a title breaks as text does.
                if wrapping == .keepTogether { text = text.truncated(toWidth: width) } else { wrapping = .normal }
            }
            // Spaces around a kept-together span are not part of it: a line may break there.
            let kept = wrapping == .normal ? 0..<0 : Self.keptRange(of: text)
            for (offset, character) in text.enumerated() {
                let w = character.displayWidth(ambiguous: ambiguous)
                guard w > 0 else { continue }
                let grouped = kept.contains(offset)
                units.append(Unit(character: character, style: span.style, width: w, wrapping: wrapping,
                                  group: grouped ? position : nil))
            }
        }
        guard width > 0 else { return [] }
        if units.isEmpty { return [.empty] }
        return breakLines(units, width: width).map { range in makeLine(units[range]) }
    }

    /// The clusters (by offset) of a kept-together span's `text` that belong together: all but
    /// the spaces at either end.
    static func keptRange(of text: String) -> Range<Int> {
        let inner = text.drop { $0 == " " }.reversed().drop { $0 == " " }.count
        let leading = text.prefix { $0 == " " }.count
        return leading..<(leading + inner)
    }

    /// Whether `units[index - 1]` and `units[index]` belong to the same kept-together span.
    static func isInsideGroup(before index: Int, in units: [Unit]) -> Bool {
        guard let group = units[index].group else { return false }
        return units[index - 1].group == group
    }

    /// Whether the text before `index` (skipping one space) ends with a digit: a number whose
    /// unit or word starts at `index`.
    static func followsNumber(_ index: Int, in units: [Unit]) -> Bool {
        var previous = index - 1
        if units[previous].isSpace, previous > 0 { previous -= 1 }
        return units[previous].isDigit && !units[index].isDigit
    }

    /// Whether a line may break between `units[index - 1]` and `units[index]`.
    static func canBreak(before index: Int, in units: [Unit]) -> Bool {
        let previous = units[index - 1]
        let current = units[index]
        if current.isSpace { return false }
        if isInsideGroup(before: index, in: units) { return false }
        if current.mayBePunctuation, closingPunctuation.contains(current.character) { return false }
        if previous.mayBePunctuation, openingPunctuation.contains(previous.character) { return false }
        if followsNumber(index, in: units) { return false }
        if previous.isSpace { return true }
        if previous.width == 2 || current.width == 2 { return true }
        if previous.group != current.group { return true }
        if previous.character == "-" || previous.character == "/" { return current.character.isLetter }
        return false
    }

    /// Where a line that found no proper break is cut: at `index`, moved back to the start of the
    /// kept-together span `index` is in when that leaves something on the line.
    static func forcedBreak(at index: Int, start: Int, in units: [Unit]) -> Int {
        var cut = index
        while cut > start + 1, isInsideGroup(before: cut, in: units) { cut -= 1 }
        return isInsideGroup(before: cut, in: units) ? index : cut
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
                    var afterSpaces = index
                    while afterSpaces < units.count, units[afterSpaces].isSpace { afterSpaces += 1 }
                    if unit.isSpace, afterSpaces == units.count || canBreak(before: afterSpaces, in: units) {
                        end = index
                    } else if let lastBreak, lastBreak > start {
                        end = lastBreak
                    } else {
                        // A hard break (a single over-wide unit stays alone).
                        end = max(forcedBreak(at: index, start: start, in: units), start + 1)
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
            if let last = spans.last, last.style == unit.style, last.wrapping == unit.wrapping {
                spans[spans.count - 1].text.append(unit.character)
            } else {
                spans.append(Span(String(unit.character), style: unit.style, wrapping: unit.wrapping))
            }
        }
        return Line(spans)
    }
}
