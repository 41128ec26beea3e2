/// A top-level record: it has an id unique among its kind, and remembers where it was read.
protocol IdentifiedRecord {
    var id: String { get }
    var origin: RecordOrigin { get }
}

extension Source: IdentifiedRecord {}
extension Organization: IdentifiedRecord {}
extension Library: IdentifiedRecord {}
extension StaffMember: IdentifiedRecord {}
extension Program: IdentifiedRecord {}
extension LinkageEvent: IdentifiedRecord {}
extension LinkagePhase: IdentifiedRecord {}
extension Document: IdentifiedRecord {}
