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
        sources += other.sources
        organizations += other.organizations
        libraries += other.libraries
        staff += other.staff
        programs += other.programs
        events += other.events
        phases += other.phases
        documents += other.documents
    }
}
