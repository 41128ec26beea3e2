import LibcoopSearch

/// A person found by a staff search.
public struct StaffMatch: Sendable, Hashable {
    /// The person's position in the staff array the index was built from (`dataset.staff`).
    public var staffIndex: Int
    public var member: StaffMember
    /// How the query matched; results are ordered by this first.
    public var kind: MatchKind
    /// Toneless pinyin of the name, a syllable per character, surname reading first: "jiao xiang".
    public var pinyin: String

    public init(staffIndex: Int, member: StaffMember, kind: MatchKind, pinyin: String) {
        self.staffIndex = staffIndex
        self.member = member
        self.kind = kind
        self.pinyin = pinyin
    }
}
