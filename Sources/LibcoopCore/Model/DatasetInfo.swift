/// What a dataset file says about itself: a name for title bars and reports, and whether it is made up.
public struct DatasetInfo: Hashable, Sendable {
    public var name: String
    public var nameEnglish: String?
    public var description: String?
    /// True for generated demo or scale-test data.
    public var synthetic: Bool

    public init(name: String, nameEnglish: String? = nil, description: String? = nil, synthetic: Bool = false) {
        self.name = name
        self.nameEnglish = nameEnglish
        self.description = description
        self.synthetic = synthetic
    }
}

/// Written with the same member names as the dataset format, so output can be read back as input.
extension DatasetInfo: Encodable {
    /// The member names are the declared fields' (`Field`).
    typealias CodingKeys = Field
}
