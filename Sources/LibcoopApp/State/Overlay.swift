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
}
