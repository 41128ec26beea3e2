/// Where `padded(toWidth:alignment:)` puts the text inside the padded width.
public enum TextAlignment: Sendable, Hashable {
    /// Text first, spaces after.
    case leading
    /// Spaces shared on both sides (the odd one after).
    case center
    /// Spaces first, text after (for numbers).
    case trailing
}

extension String {
    /// The longest prefix of whole grapheme clusters at most `width` columns wide, and its width.
    func prefix(fittingWidth width: Int) -> (text: String, width: Int) {
        var result = ""
        var used = 0
        for character in self {
            let characterWidth = character.displayWidth
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return (result, used)
    }
}

public extension String {
    /// This text cut to at most `width` display columns, ending with `ellipsis` when anything
    /// was cut. Grapheme clusters are never split; when a wide character does not fit before the
    /// ellipsis, the gap is filled with a space after it, so a cut result is exactly `width`
    /// columns wide.
    ///
    /// - `"图书馆合作记录".truncated(toWidth: 7)` is `"图书馆…"`;
    ///   `"图书馆合作记录".truncated(toWidth: 6)` is `"图书… "`.
    /// - A width of 0 or less gives `""`; when `ellipsis` is wider than `width`, the text is cut
    ///   without one.
    ///
    /// O(n) in the length of the string.
    func truncated(toWidth width: Int, ellipsis: String = Glyphs.current.ellipsis) -> String {
        guard width > 0 else { return "" }
        let fullWidth = displayWidth
        if fullWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        let useEllipsis = ellipsisWidth <= width
        let budget = useEllipsis ? width - ellipsisWidth : width
        var (result, used) = prefix(fittingWidth: budget)
        if useEllipsis { result.append(ellipsis) }
        if used < budget {
            result.append(String(repeating: " ", count: budget - used))
        }
        return result
    }

    /// This text followed (or preceded, or surrounded) by spaces up to `width` display columns.
    /// Text already `width` columns or wider is returned unchanged; combine with
    /// `truncated(toWidth:)` (or use `fitted(toWidth:)`) for fixed-width columns. O(n).
    func padded(toWidth width: Int, alignment: TextAlignment = .leading) -> String {
        let gap = width - displayWidth
        guard gap > 0 else { return self }
        switch alignment {
        case .leading:
            return self + String(repeating: " ", count: gap)
        case .trailing:
            return String(repeating: " ", count: gap) + self
        case .center:
            let before = gap / 2
            return String(repeating: " ", count: before) + self
                + String(repeating: " ", count: gap - before)
        }
    }

    /// This text made exactly `width` display columns wide: truncated with an ellipsis when too
    /// wide, padded with spaces when too narrow. The usual way to fill a table column.
    func fitted(toWidth width: Int, alignment: TextAlignment = .leading, ellipsis: String = Glyphs.current.ellipsis) -> String {
        truncated(toWidth: width, ellipsis: ellipsis).padded(toWidth: width, alignment: alignment)
    }
}
