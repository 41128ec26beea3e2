/// Reads the floor a spreadsheet gives for a room: `2`, `2F`, `2楼`, `2层`, `二层`, `L2`,
/// `B1`, `-1`, `地下一层`, `负一层`, or the building's own label for a floor.
enum FloorText {
    /// The level `text` names among `floors`, or `nil`.
    static func level(of text: String, among floors: [Floor]) -> Int? {
        let trimmed = String(text.trimmingWhitespace)
        if let labelled = floors.first(where: { $0.label == trimmed || $0.displayLabel.lowercased() == trimmed.lowercased() }) {
            return labelled.level
        }
        guard let level = parse(trimmed), floors.contains(where: { $0.level == level }) else { return nil }
        return level
    }

    /// The level written in `text` (as a number or in Chinese numerals), or `nil`.
    static func parse(_ text: String) -> Int? {
        var rest = Substring(text.uppercased())
        var sign = 1
        for prefix in ["地下", "负", "-", "B"] where rest.hasPrefix(prefix) {
            sign = -1
            rest = rest.dropFirst(prefix.count)
            break
        }
        if sign == 1, rest.hasPrefix("L") || rest.hasPrefix("第") { rest = rest.dropFirst() }
        for suffix in ["F", "楼", "层", "L"] where rest.hasSuffix(suffix) {
            rest = rest.dropLast(suffix.count)
            break
        }
        if rest.hasSuffix(".0") { rest = rest.dropLast(2) }
        guard let number = Int(rest) ?? chineseNumber(rest), number > 0 else { return nil }
        return sign * number
    }

    /// 一 … 九十九 as a number.
    private static func chineseNumber(_ text: Substring) -> Int? {
        let digits: [Character: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let characters = Array(text)
        switch characters.count {
        case 1:
            if characters[0] == "十" { return 10 }
            return digits[characters[0]]
        case 2:
            if characters[0] == "十" { return digits[characters[1]].map { 10 + $0 } }
            if characters[1] == "十" { return digits[characters[0]].map { $0 * 10 } }
            return nil
        case 3:
            guard characters[1] == "十", let tens = digits[characters[0]], let ones = digits[characters[2]] else { return nil }
            return tens * 10 + ones
        default:
            return nil
        }
    }
}
