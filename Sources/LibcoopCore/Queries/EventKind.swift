/// What sort of occasion an event was, for grouping a year's events in a report: a visit, talks,
/// a training session, or something else.
///
/// The dataset format has no member for it, so it is read from the event's title (Chinese and
/// English) by the keywords in `keywords`, checked in the order of `allCases`: a 辅导培训会 is a
/// training even though it is also an exchange. An event whose title names none is `other`.
public enum EventKind: String, CaseIterable, Sendable, Hashable, Encodable {
    case visit
    case talks
    case training
    case other

    /// The kind of `event`, from its title and English title.
    public static func of(_ event: LinkageEvent) -> EventKind {
        let title = (event.title + " " + (event.titleEnglish ?? "")).lowercased()
        for kind in matchOrder where kind.keywords.contains(where: { title.contains($0) }) {
            return kind
        }
        return .other
    }

    /// The order keywords are tried in: the most specific kind first.
    private static let matchOrder: [EventKind] = [.training, .talks, .visit]

    /// Words in a title (lowercased) that mark an event of this kind.
    public var keywords: [String] {
        switch self {
        case .visit: ["调研", "参观", "考察", "走访", "visit", "tour"]
        case .talks: ["座谈", "会谈", "交流", "会议", "talks", "meeting", "symposium"]
        case .training: ["培训", "辅导", "讲习", "training", "workshop"]
        case .other: []
        }
    }

    /// The kind's name for people, as a report's heading.
    public var label: FieldLabel {
        switch self {
        case .visit: FieldLabel("调研参观", "Visits")
        case .talks: FieldLabel("座谈交流", "Talks")
        case .training: FieldLabel("业务培训", "Training")
        case .other: FieldLabel("其他活动", "Other events")
        }
    }
}
