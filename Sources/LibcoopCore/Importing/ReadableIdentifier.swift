import Foundation

/// Readable ids for new records, made from their names: the toneless pinyin of a Chinese name
/// (张庆文 → `zhangqingwen`, through ICU's Han-Latin transform), the letters of a Latin one,
/// made unique with `-2`, `-3` … and kept to the 64 characters an id may have.
public enum ReadableIdentifier {
    /// An id for `name` (after `prefix` and a hyphen, when given) that is not in `taken`.
    public static func make(from name: String, prefix: String? = nil, taken: Set<String>) -> String {
        var base = pinyin(of: name)
        if base.isEmpty { base = "record" }
        if let prefix { base = prefix + "-" + base }
        base = String(base.prefix(TextCheck.maximumIdentifierLength - 4))
        while base.hasSuffix("-") { base.removeLast() }
        if !taken.contains(base) { return base }
        var counter = 2
        while taken.contains("\(base)-\(counter)") { counter += 1 }
        return "\(base)-\(counter)"
    }

    /// Lowercase ASCII letters and digits of `name` in Latin script, syllables run together.
    static func pinyin(of name: String) -> String {
        let latin = name.applyingTransform(.toLatin, reverse: false) ?? name
        let plain = latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
        var result = ""
        var pendingHyphen = false
        for scalar in plain.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !result.isEmpty { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar == "_" || scalar == "." {
                pendingHyphen = true
            }
        }
        return result
    }
}
