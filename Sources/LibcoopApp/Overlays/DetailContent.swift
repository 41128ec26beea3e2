import LibcoopRender

/// What a detail overlay shows — its title, its text and its links — built from the state alone,
/// so that `update` can measure it (to scroll and keep the selected link in view) and `view` can
/// draw it from the same lines.
struct DetailContent {
    var title: String
    /// The record's text, wrapped to the overlay's width when laid out.
    var text: [Line]
    /// One line per link, in the order of the overlay's `links`.
    var links: [ListItem]
    /// The heading above the links.
    var linksHeading: String

    init(title: String, text: [Line], links: [ListItem], language: Language) {
        self.title = title
        self.text = text
        self.links = links
        linksHeading = language.pick("链接（Enter 打开）", "Links (Enter opens)")
    }
}

extension Overlay {
    /// The content of a detail overlay (nil for help and the searches), as `view` draws it on a
    /// screen of the state's size.
    func content(in state: BrowserState) -> DetailContent? {
        switch self {
        case .help, .staffSearch, .recordSearch: nil
        case .person(let detail): PersonOverlay.content(state, detail: detail)
        case .entry(let detail): EntryOverlay.content(state, detail: detail)
        case .program(let detail): ProgramOverlay.content(state, detail: detail)
        case .room(let detail): RoomOverlay.content(state, detail: detail)
        case .organization(let detail): OrganizationOverlay.content(state, detail: detail)
        case .document(let detail): DocumentOverlay.content(state, detail: detail)
        case .problems(let list): ProblemListOverlay.content(state, list: list)
        }
    }

    /// A detail overlay's selection: the selected link (nil when none is in view) and, as its
    /// offset, the first line of the body shown.
    var detailSelection: SelectionState? {
        get {
            switch self {
            case .help, .staffSearch, .recordSearch: nil
            case .person(let detail): detail.selection
            case .entry(let detail): detail.selection
            case .program(let detail): detail.selection
            case .room(let detail): detail.selection
            case .organization(let detail): detail.selection
            case .document(let detail): detail.selection
            case .problems(let list): list.selection
            }
        }
        set {
            guard let newValue else { return }
            switch self {
            case .help, .staffSearch, .recordSearch: break
            case .person(var detail): detail.selection = newValue; self = .person(detail)
            case .entry(var detail): detail.selection = newValue; self = .entry(detail)
            case .program(var detail): detail.selection = newValue; self = .program(detail)
            case .room(var detail): detail.selection = newValue; self = .room(detail)
            case .organization(var detail): detail.selection = newValue; self = .organization(detail)
            case .document(var detail): detail.selection = newValue; self = .document(detail)
            case .problems(var list): list.selection = newValue; self = .problems(list)
            }
        }
    }
}
