/// Everything libcoop knows: the records of one or more dataset files, merged.
///
/// A `Dataset` is a plain value. Build one with `DatasetLoader`, which also validates it; the
/// lookups in `DatasetIndex` answer "which library is this id" without scanning.
public struct Dataset: Sendable {
    public var info: DatasetInfo?
    public var sources: [Source]
    public var organizations: [Organization]
    public var libraries: [Library]
    public var staff: [StaffMember]
    public var programs: [Program]
    public var events: [LinkageEvent]
    public var phases: [LinkagePhase]
    public var documents: [Document]

    public init(
        info: DatasetInfo? = nil, sources: [Source] = [], organizations: [Organization] = [],
        libraries: [Library] = [], staff: [StaffMember] = [], programs: [Program] = [],
        events: [LinkageEvent] = [], phases: [LinkagePhase] = [], documents: [Document] = []
    ) {
        self.info = info
        self.sources = sources
        self.organizations = organizations
        self.libraries = libraries
        self.staff = staff
        self.programs = programs
        self.events = events
        self.phases = phases
        self.documents = documents
    }

    /// Appends another file's records. The first file's `info` names the merged dataset.
    public mutating func merge(_ other: Dataset) {
        if info == nil { info = other.info }
        Self.append(other.sources, to: &sources)
        Self.append(other.organizations, to: &organizations)
        Self.append(other.libraries, to: &libraries)
        Self.append(other.staff, to: &staff)
        Self.append(other.programs, to: &programs)
        Self.append(other.events, to: &events)
        Self.append(other.phases, to: &phases)
        Self.append(other.documents, to: &documents)
    }

    /// Appends, or adopts `records` outright when `list` is empty, so merging one large file
    /// does not copy a million records.
    private static func append<Record>(_ records: [Record], to list: inout [Record]) {
        if list.isEmpty { list = records } else { list += records }
    }
}

extension Dataset {
    /// What the document member `field` holds, as it is written out (`nil` for the members that
    /// are not records: `$schema` and `format`), so code that works on every list need not name them.
    public func value(of field: Field) -> (any Encodable)? {
        switch field {
        case .schema, .format: nil
        case .dataset: info
        case .sources: sources
        case .organizations: organizations
        case .libraries: libraries
        case .staff: staff
        case .programs: programs
        case .events: events
        case .phases: phases
        case .documents: documents
        }
    }
}

extension Dataset {
    /// The members of a dataset document (the file's top-level object).
    ///
    /// `format` is required; the decoder reports it missing with a hint of the value to write.
    public enum Field: String, RecordField {
        case schema = "$schema"
        case format
        case dataset
        case sources
        case organizations
        case libraries
        case staff
        case programs
        case events
        case phases
        case documents

        public static let recordType = RecordType.root
        public static let table = FieldTable(Self.self)

        public var declaration: FieldDeclaration {
            switch self {
            case .schema: FieldDeclaration(.text, isRequired: false, allowsNull: false, label: FieldLabel("模式", "Schema"))
            case .format: .required(.constant(DatasetFormat.version), "格式", "Format")
            case .dataset: .optional(.record(.datasetInfo), "数据集", "Dataset")
            case .sources: .optional(.records(.source), "来源", "Sources")
            case .organizations: .optional(.records(.organization), "机构", "Organizations")
            case .libraries: .optional(.records(.library), "图书馆", "Libraries")
            case .staff: .optional(.records(.staff), "人员", "Staff")
            case .programs: .optional(.records(.program), "项目", "Programs")
            case .events: .optional(.records(.event), "活动", "Events")
            case .phases: .optional(.records(.phase), "阶段", "Phases")
            case .documents: .optional(.records(.document), "文件", "Documents")
            }
        }
    }
}
