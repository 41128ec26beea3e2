import LibcoopCore
import LibcoopRender

extension Glyphs {
    /// The marks date spans are written with in this glyph set (`2018 – …` or `2018 - ...`).
    var dateMarks: DateSpanText.Marks {
        DateSpanText.Marks(dash: rangeDash, ellipsis: ellipsis, missing: missing)
    }
}
