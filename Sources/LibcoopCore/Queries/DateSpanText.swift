/// How libcoop writes a span of dates — in the commands, the browser and record search — so a
/// phase or a program reads the same everywhere. Dates keep their precision (`2018`, `2022-05`,
/// `2022-05-30`); an en dash with a space each side joins the ends, since the dates hold hyphens:
///
/// | known | written |
/// |---|---|
/// | one date, or the same start and end | `2022-05-30` |
/// | start and end | `2018 – 2020` |
/// | start, still running | `2018 – …` |
/// | start, end not given | `2018 –` |
/// | end only | `? – 2020` |
/// | neither, still running | `? – …` |
/// | nothing | `—` |
public enum DateSpanText {
    /// The symbols a span is written with: the Unicode ones by default, ASCII ones where a
    /// terminal draws ambiguous-width characters wide (the browser passes its glyph set's).
    public struct Marks: Sendable, Hashable {
        public var dash: String
        public var ellipsis: String
        public var missing: String

        public init(dash: String, ellipsis: String, missing: String) {
            self.dash = dash
            self.ellipsis = ellipsis
            self.missing = missing
        }

        public static let unicode = Marks(dash: "–", ellipsis: "…", missing: "—")
    }

    public static func text(start: PartialDate?, end: PartialDate?, ongoing: Bool, marks: Marks = .unicode) -> String {
        let dash = marks.dash, ellipsis = marks.ellipsis
        return switch (start, end) {
        case let (start?, end?) where start == end: start.description
        case let (start?, end?): "\(start) \(dash) \(end)"
        case let (start?, nil): ongoing ? "\(start) \(dash) \(ellipsis)" : "\(start) \(dash)"
        case let (nil, end?): "? \(dash) \(end)"
        case (nil, nil): ongoing ? "? \(dash) \(ellipsis)" : marks.missing
        }
    }

    /// A phase, an event or a document of the timeline: an event is its date (or its span of
    /// days), a document its year.
    public static func text(_ entry: TimelineEntry, marks: Marks = .unicode) -> String {
        if entry.kind != .phase, entry.end == nil, let start = entry.start { return start.description }
        return text(start: entry.start, end: entry.end, ongoing: entry.ongoing, marks: marks)
    }

    /// A program: one that is completed with only a start happened then (`2021`); one still
    /// running is open-ended (`2021 – …`).
    public static func text(_ program: Program, marks: Marks = .unicode) -> String {
        let end = program.end ?? (program.status == .completed ? program.start : nil)
        return text(start: program.start, end: end, ongoing: program.status == .running, marks: marks)
    }
}
