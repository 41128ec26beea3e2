import LibcoopCore
import LibcoopRender

/// The space overlay (Enter on a space of the Floors tab): which space, its links (the events
/// that took place in it, found once when the overlay opens) and the selected link.
public struct RoomDetailState: Sendable, Hashable {
    public var space: Space
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(space: Space, data: BrowserData) {
        self.space = space
        links = data.dataset.events.filter { $0.spaces.contains(space.id) }.map { RecordReference(kind: .event, id: $0.id) }
    }
}

/// The organisation overlay (organisations have no tab of their own): which organisation, its
/// links (its parent, the people in it, then the events and programs naming it) and the selected
/// link.
public struct OrganizationDetailState: Sendable, Hashable {
    public var organization: Organization
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(organization: Organization, data: BrowserData) {
        self.organization = organization
        let id = organization.id
        var links: [RecordReference] = []
        if let parent = organization.parent, data.index.organization(parent) != nil {
            links.append(RecordReference(kind: .organization, id: parent))
        }
        links += (data.staffByLibrary[id] ?? []).map { RecordReference(kind: .staff, id: data.dataset.staff[$0].id) }
        links += data.dataset.events.filter { $0.organizations.contains(id) }.map { RecordReference(kind: .event, id: $0.id) }
        links += data.dataset.programs.filter { $0.organizations.contains(id) }.map { RecordReference(kind: .program, id: $0.id) }
        self.links = links
    }
}

/// The document overlay (documents have no tab of their own): which document, its links (the
/// libraries and organisations that issued it, then the events that discuss it) and the selected
/// link.
public struct DocumentDetailState: Sendable, Hashable {
    public var document: Document
    public let links: [RecordReference]
    public var selection = SelectionState(selected: 0)

    init(document: Document, data: BrowserData) {
        self.document = document
        var links: [RecordReference] = []
        for issuer in document.issuers {
            if data.libraryPosition(issuer) != nil {
                links.append(RecordReference(kind: .library, id: issuer))
            } else if data.index.organization(issuer) != nil {
                links.append(RecordReference(kind: .organization, id: issuer))
            }
        }
        links += data.dataset.events.filter { $0.documents.contains(document.id) }.map { RecordReference(kind: .event, id: $0.id) }
        self.links = links
    }
}
