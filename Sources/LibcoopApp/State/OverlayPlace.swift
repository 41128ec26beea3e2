import LibcoopCore
import LibcoopRender

/// A detail overlay as a place in history: the record it shows and where its selection and
/// scrolling were, so going back reopens it as it was left. Help and the searches are not places.
public struct OverlayPlace: Sendable, Hashable {
    public var record: RecordReference
    public var selection: SelectionState

    /// The place of `overlay`; nil for help and the searches.
    init?(_ overlay: Overlay, data: BrowserData) {
        guard let selection = overlay.detailSelection else { return nil }
        switch overlay {
        case .help, .staffSearch, .recordSearch, .problems: return nil
        case .person(let detail): record = RecordReference(kind: .staff, id: data.dataset.staff[detail.staff].id)
        case .entry(let detail): record = RecordReference(kind: detail.entry.kind == .phase ? .phase : .event, id: detail.entry.id)
        case .program(let detail): record = RecordReference(kind: .program, id: detail.program.id)
        case .room(let detail): record = RecordReference(kind: .space, id: detail.space.id)
        case .organization(let detail): record = RecordReference(kind: .organization, id: detail.organization.id)
        case .document(let detail): record = RecordReference(kind: .document, id: detail.document.id)
        }
        self.selection = selection
    }

    /// The overlay reopened from `data` as it was left; nil when the record is no longer there.
    func overlay(data: BrowserData) -> Overlay? {
        let id = record.id
        var overlay: Overlay
        switch record.kind {
        case .staff:
            guard let position = data.staffPosition(id) else { return nil }
            overlay = .person(PersonDetailState(staff: position, data: data))
        case .event, .phase:
            let kind: TimelineEntry.Kind = record.kind == .phase ? .phase : .event
            guard let entry = data.timeline.first(where: { $0.id == id && $0.kind == kind }) else { return nil }
            overlay = .entry(EntryDetailState(entry: entry, data: data))
        case .program:
            guard let program = data.index.program(id) else { return nil }
            overlay = .program(ProgramDetailState(program: program, data: data))
        case .space:
            guard let space = data.index.space(id)?.space else { return nil }
            overlay = .room(RoomDetailState(space: space, data: data))
        case .organization:
            guard let organization = data.index.organization(id) else { return nil }
            overlay = .organization(OrganizationDetailState(organization: organization, data: data))
        case .document:
            guard let document = data.index.document(id) else { return nil }
            overlay = .document(DocumentDetailState(document: document, data: data))
        case .library:
            return nil
        }
        overlay.detailSelection = selection
        return overlay
    }
}
