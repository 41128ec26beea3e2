import LibcoopRender

/// Lines of `label  value` whose value wraps under itself, not under the label — the way a
/// record's fields read in the Overview and in detail overlays.
enum LabelledLines {
    /// `value` after `label` padded to `labelWidth`, wrapped to `width` with later lines indented
    /// by `labelWidth`.
    static func field(_ label: String, _ value: Line, labelWidth: Int, width: Int) -> [Line] {
        indented(value, indent: labelWidth, width: width, first: Span(label.padded(toWidth: labelWidth), style: Theme.label))
    }

    /// `line` wrapped to `width - indent` columns, each piece after `indent` spaces (the first
    /// after `first` instead, when given).
    static func indented(_ line: Line, indent: Int, width: Int, first: Span? = nil) -> [Line] {
        let pieces = LineBreaking.wrap(line, width: max(1, width - indent))
        let padding = Span(String(repeating: " ", count: indent))
        return pieces.enumerated().map { index, piece in
            Line([index == 0 ? (first ?? padding) : padding] + piece.spans)
        }
    }
}
