import ArgumentParser
import LibcoopCore

/// The tables `libcoop export` writes, one per kind of record.
enum ExportKind: String, CaseIterable, ExpressibleByArgument {
    case staff
    case spaces
    case programs
    case events
    case phases
    case documents
    case libraries
    case organizations

    /// The kind of record each row is.
    var recordType: RecordType {
        switch self {
        case .staff: .staff
        case .spaces: .space
        case .programs: .program
        case .events: .event
        case .phases: .phase
        case .documents: .document
        case .libraries: .library
        case .organizations: .organization
        }
    }
}
