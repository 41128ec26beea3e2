/// Every kind of JSON object in the dataset format, from the document root to a room of a library.
///
/// Each kind declares its members once, as a `RecordField` enum (`StaffMember.Field`, …). That
/// declaration drives decoding, the JSON output, `data/schema.json` (`libcoop schema`), the
/// synthetic generator's member names and the labels of detail views. Every `switch` over this
/// type is exhaustive, so a new kind is a compile error in each place that must learn about it.
public enum RecordType: String, CaseIterable, Sendable, Hashable {
    /// The document itself: format version, dataset information and the lists of records.
    case root
    case datasetInfo
    case source
    case organization
    case space
    case floor
    case library
    case staff
    case program
    case event
    case phase
    case document

    /// The kind's members, in the order the format lists them.
    public var recordDescription: RecordDescription {
        switch self {
        case .root: RecordDescription(Dataset.Field.self)
        case .datasetInfo: RecordDescription(DatasetInfo.Field.self)
        case .source: RecordDescription(Source.Field.self)
        case .organization: RecordDescription(Organization.Field.self)
        case .space: RecordDescription(Space.Field.self)
        case .floor: RecordDescription(Floor.Field.self)
        case .library: RecordDescription(Library.Field.self)
        case .staff: RecordDescription(StaffMember.Field.self)
        case .program: RecordDescription(Program.Field.self)
        case .event: RecordDescription(LinkageEvent.Field.self)
        case .phase: RecordDescription(LinkagePhase.Field.self)
        case .document: RecordDescription(Document.Field.self)
        }
    }

    /// The kind with an article, as problems name a value of the wrong type ("a staff member").
    public var noun: String {
        switch self {
        case .root: "a dataset document"
        case .datasetInfo: "dataset information"
        case .source: "a source"
        case .organization: "an organization"
        case .space: "a space"
        case .floor: "a floor"
        case .library: "a library"
        case .staff: "a staff member"
        case .program: "a program"
        case .event: "an event"
        case .phase: "a phase"
        case .document: "a document"
        }
    }

    /// The word for a reference to a record of this kind, as in "a list of staff ids".
    public var referenceNoun: String {
        switch self {
        case .root: "dataset"
        case .datasetInfo: "dataset"
        case .source: "source"
        case .organization: "organization"
        case .space: "space"
        case .floor: "floor"
        case .library: "library"
        case .staff: "staff"
        case .program: "program"
        case .event: "event"
        case .phase: "phase"
        case .document: "document"
        }
    }

    /// Several records of this kind, as in "a list of libraries".
    public var plural: String {
        switch self {
        case .root: "datasets"
        case .datasetInfo: "dataset information"
        case .source: "sources"
        case .organization: "organizations"
        case .space: "spaces"
        case .floor: "floors"
        case .library: "libraries"
        case .staff: "staff"
        case .program: "programs"
        case .event: "events"
        case .phase: "phases"
        case .document: "documents"
        }
    }

    /// What a record of this kind is, for the schema's `description`.
    public var summary: String {
        switch self {
        case .root: "Records of cooperation between a city library and its district libraries. See docs/data-format.md."
        case .datasetInfo: "What the dataset is."
        case .source: "A publication that states facts in the dataset."
        case .organization: "A body that is not a library."
        case .space: "A room or area of a library."
        case .floor: "A storey: 1 is the ground floor, -1 the first basement; there is no 0."
        case .library: "A public library."
        case .staff: "A person; belongs to exactly one library or organization (checked by libcoop)."
        case .program: "A joint program."
        case .event: "A dated linkage event."
        case .phase: "A phase of the cooperation."
        case .document: "A document such as a work plan."
        }
    }

    /// The kind's name for people, in Chinese and English.
    public var label: FieldLabel {
        switch self {
        case .root: FieldLabel("数据集文件", "Dataset file")
        case .datasetInfo: FieldLabel("数据集", "Dataset")
        case .source: FieldLabel("来源", "Source")
        case .organization: FieldLabel("机构", "Organization")
        case .space: FieldLabel("空间", "Space")
        case .floor: FieldLabel("楼层", "Floor")
        case .library: FieldLabel("图书馆", "Library")
        case .staff: FieldLabel("人员", "Staff member")
        case .program: FieldLabel("项目", "Program")
        case .event: FieldLabel("活动", "Event")
        case .phase: FieldLabel("阶段", "Phase")
        case .document: FieldLabel("文件", "Document")
        }
    }
}
