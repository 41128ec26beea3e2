/// The member names each kind of JSON object may have, and which of them are required.
///
/// The decoder rejects any other name (a typo such as `nmae` is caught, with a suggestion), and a
/// test checks these lists against `data/schema.json` so the two descriptions of the format agree.
struct RecordFields: Sendable {
    let all: [String]
    let required: [String]
    /// `all` as bytes, to match names in the file without making strings of them.
    private let allUTF8: [[UInt8]]

    init(all: [String], required: [String]) {
        precondition(all.count <= 64, "a record's fields are tracked in a 64-bit set")
        self.all = all
        self.required = required
        allUTF8 = all.map { Array($0.utf8) }
    }

    /// The position in `all` of the member name `key`, or `nil` when it is not one of them. The
    /// search starts at `hint` and wraps around: members usually come in the order `all` lists
    /// them, so the name after the previous member's is the likeliest.
    func index(of key: JSONRawKey, in bytes: UnsafeBufferPointer<UInt8>, startingAt hint: Int = 0) -> Int? {
        var index = hint < allUTF8.count ? hint : 0
        for _ in allUTF8.indices {
            if key.equals(allUTF8[index], in: bytes) { return index }
            index += 1
            if index == allUTF8.count { index = 0 }
        }
        return nil
    }

    static let document = RecordFields(
        all: ["$schema", "format", "dataset", "sources", "organizations", "libraries", "staff", "programs", "events", "phases", "documents"],
        required: ["format"]
    )
    static let datasetInfo = RecordFields(all: ["name", "name_en", "description", "synthetic"], required: ["name"])
    static let source = RecordFields(
        all: ["id", "title", "title_en", "site", "publisher", "author", "posted_by", "contributed_by", "date", "url", "synthetic", "notes"],
        required: ["id", "title"]
    )
    static let organization = RecordFields(
        all: ["id", "name", "name_en", "kind", "parent", "sources"],
        required: ["id", "name", "kind", "sources"]
    )
    static let library = RecordFields(
        all: ["id", "name", "name_en", "tier", "city", "district", "paired_with", "address", "floors", "spaces_without_floor", "notes", "sources"],
        required: ["id", "name", "tier", "sources"]
    )
    static let floor = RecordFields(all: ["level", "label", "spaces"], required: ["level", "spaces"])
    static let space = RecordFields(
        all: ["id", "name", "name_en", "kind", "status", "notes", "sources"],
        required: ["id", "name", "kind", "status"]
    )
    static let staff = RecordFields(
        all: ["id", "name", "name_en", "library", "organization", "department", "department_en", "title", "title_en", "sources"],
        required: ["id", "name", "sources"]
    )
    static let program = RecordFields(
        all: ["id", "name", "name_en", "kind", "lead", "partners", "organizations", "mode", "status", "start", "end", "description", "description_en", "sources"],
        required: ["id", "name", "kind", "sources"]
    )
    static let event = RecordFields(
        all: ["id", "title", "title_en", "date", "end_date", "parent", "libraries", "organizations", "participants", "programs", "documents", "spaces", "description", "description_en", "sources"],
        required: ["id", "title", "date", "sources"]
    )
    static let phase = RecordFields(
        all: ["id", "title", "title_en", "start", "end", "ongoing", "parent", "libraries", "organizations", "description", "description_en", "sources"],
        required: ["id", "title", "sources"]
    )
    static let documentRecord = RecordFields(
        all: ["id", "title", "title_en", "kind", "year", "issuers", "description", "sources"],
        required: ["id", "title", "kind", "sources"]
    )
}
