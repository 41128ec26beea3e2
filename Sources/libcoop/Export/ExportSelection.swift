import LibcoopCore

/// The records `libcoop export --library L` writes of each kind: what involves the library, or
/// everything without `--library`.
struct ExportSelection {
    var dataset: Dataset
    /// The library id, or `nil` for every record.
    var library: String?

    private func involves(_ libraries: [String]) -> Bool { library.map { libraries.contains($0) } ?? true }

    /// The library's staff (people of organisations belong to none).
    var staff: [StaffMember] { dataset.staff.filter { library == nil || $0.library == library } }
    /// The library's spaces, floor by floor in the file's order, those without a floor last.
    var spaces: [(library: Library, floor: Floor?, space: Space)] {
        var rows: [(library: Library, floor: Floor?, space: Space)] = []
        for candidate in dataset.libraries where library == nil || candidate.id == library {
            for floor in candidate.floors { rows += floor.spaces.map { (candidate, floor, $0) } }
            rows += candidate.spacesWithoutFloor.map { (candidate, nil, $0) }
        }
        return rows
    }
    /// Programs it leads or partners in.
    var programs: [Program] { dataset.programs.filter { involves($0.libraries) } }
    var events: [LinkageEvent] { dataset.events.filter { involves($0.libraries) } }
    var phases: [LinkagePhase] { dataset.phases.filter { involves($0.libraries) } }
    /// Documents it issued or that one of its events names.
    var documents: [Document] {
        guard let library else { return dataset.documents }
        let named = Set(events.flatMap(\.documents))
        return dataset.documents.filter { $0.issuers.contains(library) || named.contains($0.id) }
    }
    /// The library itself and the libraries paired with it.
    var libraries: [Library] { dataset.libraries.filter { library == nil || $0.id == library || $0.pairedWith == library } }
    /// Organisations its staff belong to or its events, programs and phases name.
    var organizations: [Organization] {
        guard library != nil else { return dataset.organizations }
        var named = Set(staff.compactMap(\.organization))
        for event in events { named.formUnion(event.organizations) }
        for program in programs { named.formUnion(program.organizations) }
        for phase in phases { named.formUnion(phase.organizations) }
        return dataset.organizations.filter { named.contains($0.id) }
    }
}
