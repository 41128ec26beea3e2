import LibcoopCore

/// What is drawn over the panes and takes the keys while it is open.
public enum Overlay: Sendable {
    /// Every key, in a scrollable dialog (`?`).
    case help(scroll: Int)
    /// Staff search as you type (`/`).
    case staffSearch(StaffSearchState)
    /// Search across every kind of record (`:` or Ctrl-P).
    case recordSearch(RecordSearchState)
    /// One person's detail: organisation and the events they took part in.
    case person(PersonDetailState)
    /// A phase or event of the timeline with its participants and libraries.
    case entry(EntryDetailState)
    /// A joint program with its lead and partner libraries and the events it was part of.
    case program(ProgramDetailState)
    /// A space of a library with its whole note and the events that took place in it.
    case room(RoomDetailState)
    /// An organisation that is not a library, with its people and the records naming it.
    case organization(OrganizationDetailState)
    /// A document with its issuers and the events that discuss it.
    case document(DocumentDetailState)
    /// The problems the last reload found (`p`).
    case problems(ProblemListState)

    /// The links of a detail overlay (empty for help and the searches): what Enter can follow.
    var links: [RecordReference] {
        switch self {
        case .help, .staffSearch, .recordSearch, .problems: []
        case .person(let detail): detail.links
        case .entry(let detail): detail.links
        case .program(let detail): detail.links
        case .room(let detail): detail.links
        case .organization(let detail): detail.links
        case .document(let detail): detail.links
        }
    }
}
