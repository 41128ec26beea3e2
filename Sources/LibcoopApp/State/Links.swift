import LibcoopCore

/// Following links between records: where a record is shown (a `RecordReference` → library, tab,
/// row), and jumping there with the place left behind kept in history.
enum Links {
    /// Where the record `reference` is shown; nil when it does not exist or has no place of its own
    /// (documents and organisations open in overlays of their own: `follow`).
    static func location(of reference: RecordReference, in state: BrowserState) -> Location? {
        let data = state.data
        let id = reference.id
        switch reference.kind {
        case .library:
            return data.libraryPosition(id).map { Location(library: $0, tab: .overview, row: nil, focus: .content) }
        case .staff:
            guard let position = data.staffPosition(id) else { return nil }
            return staffLocation(position, in: state)
        case .space:
            guard let place = data.index.space(id), let library = data.libraryPosition(place.library) else { return nil }
            let bands = LibraryRecords(library: data.dataset.libraries[library], data: data).bands
            let band = bands.firstIndex { $0.spaces.contains { $0.id == id } }
            let index = band.flatMap { bands[$0].spaces.firstIndex { $0.id == id } }
            let room = band.flatMap { band in index.flatMap { FloorDirectory(bands).room(band: band, index: $0) } }
            return Location(library: library, tab: .floors, row: band, focus: .content, subrow: room)
        case .program:
            guard let program = data.index.program(id) else { return nil }
            let owner = program.lead ?? program.libraries.first
            guard let library = owner.flatMap(data.libraryPosition) else { return nil }
            let row = LibraryRecords(library: data.dataset.libraries[library], data: data).programs.firstIndex { $0.id == id }
            return Location(library: library, tab: .programs, row: row, focus: .content)
        case .event:
            return timelineLocation(id, libraries: data.index.event(id)?.libraries, in: state)
        case .phase:
            return timelineLocation(id, libraries: data.index.phase(id)?.libraries, in: state)
        case .document, .organization:
            return nil
        }
    }

    /// The Linkage tab with the phase or event `id` selected: in the selected library when the
    /// entry names it, else in the first library it names.
    private static func timelineLocation(_ id: String, libraries: [String]?, in state: BrowserState) -> Location? {
        let data = state.data
        let current = state.selectedLibrary?.id
        guard let ids = libraries, let chosen = ids.contains(where: { $0 == current }) ? current : ids.first,
              let library = data.libraryPosition(chosen) else { return nil }
        let row = LibraryRecords(library: data.dataset.libraries[library], data: data).timeline.firstIndex { $0.id == id }
        return Location(library: library, tab: .linkage, row: row, focus: .content)
    }

    /// The Staff tab of the person's library, with the person selected.
    static func staffLocation(_ position: Int, in state: BrowserState) -> Location? {
        let member = state.data.dataset.staff[position]
        guard let owner = member.library ?? member.organization, let library = state.data.libraryPosition(owner) else { return nil }
        let row = state.data.staffByLibrary[owner]?.firstIndex(of: position)
        return Location(library: library, tab: .staff, row: row, focus: .content)
    }

    /// Opens the record `reference` from a search or a detail overlay's link: a person where
    /// `show(staff:)` shows them; an organisation or a document, which have no place of their
    /// own, in their overlay over the current place; any other record where it is shown (the
    /// place left kept in history). Returns false when there is no such record.
    @discardableResult
    static func follow(_ reference: RecordReference, in state: inout BrowserState) -> Bool {
        let data = state.data
        switch reference.kind {
        case .staff:
            guard let position = data.staffPosition(reference.id) else { return false }
            show(staff: position, in: &state)
        case .organization:
            guard let organization = data.index.organization(reference.id) else { return false }
            open(.organization(OrganizationDetailState(organization: organization, data: data)), in: &state)
        case .document:
            guard let document = data.index.document(reference.id) else { return false }
            open(.document(DocumentDetailState(document: document, data: data)), in: &state)
        case .library, .space, .program, .event, .phase:
            guard let location = location(of: reference, in: state) else { return false }
            jump(to: location, in: &state)
        }
        return true
    }

    /// Opens the detail overlay `overlay` over the current place, which history keeps (Backspace
    /// closes it again; going back to it reopens it as it was left).
    static func open(_ overlay: Overlay, in state: inout BrowserState) {
        let before = state.location
        state.overlay = overlay
        if state.location != before { state.history.leave(before) }
    }

    /// Goes to `location`, remembering the current place for Backspace (unless it is the same).
    static func jump(to location: Location, in state: inout BrowserState) {
        if location != state.location { state.history.leave(state.location) }
        apply(location, to: &state)
    }

    /// Shows a person: selected on their library's Staff tab, or — for someone of an
    /// organisation, who has no Staff tab — in the person overlay over the current place.
    static func show(staff position: Int, in state: inout BrowserState) {
        if let location = staffLocation(position, in: state) {
            jump(to: location, in: &state)
        } else {
            open(.person(PersonDetailState(staff: position, data: state.data)), in: &state)
        }
    }

    /// The Programs tab of the library with id `library`, with the program `id` selected.
    static func show(program id: String, inLibrary library: String, in state: inout BrowserState) {
        guard let position = state.data.libraryPosition(library) else { return }
        let row = LibraryRecords(library: state.data.dataset.libraries[position], data: state.data).programs.firstIndex { $0.id == id }
        jump(to: Location(library: position, tab: .programs, row: row, focus: .content), in: &state)
    }

    /// Shows `location` without touching history, with its overlay (or none) over it.
    static func apply(_ location: Location, to state: inout BrowserState) {
        if state.selectedLibraryPosition != location.library {
            state.tree.selected = state.data.tree.row(ofLibrary: location.library)
            resetPanes(&state)
        }
        state.tab = location.tab
        state.focus = location.focus
        state.narrowShowsContent = location.focus == .content
        if let row = location.row { location.tab.show(row: row, subrow: location.subrow, in: &state) }
        state.overlay = location.overlay.flatMap { $0.overlay(data: state.data) }
    }

    /// A different library is selected: every tab starts at its top.
    static func resetPanes(_ state: inout BrowserState) {
        for tab in Tab.allCases { tab.reset(&state) }
    }
}
