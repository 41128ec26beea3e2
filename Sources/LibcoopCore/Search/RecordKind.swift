/// The kinds of record `RecordSearchIndex` finds, in the order results of equal quality are listed.
public enum RecordKind: String, Sendable, Hashable, CaseIterable, Comparable, Codable {
    case library
    case space
    case program
    case event
    case phase
    case document
    case organization
    case staff

    public static func < (lhs: RecordKind, rhs: RecordKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
