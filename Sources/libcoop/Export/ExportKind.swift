import ArgumentParser
import LibcoopApp
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

    /// The name of the kind's sheet in a workbook: 人员, Staff; 空间, Spaces.
    func sheetName(_ language: Language) -> String {
        let plural = recordType.plural
        return language.pick(recordType.label.chinese, plural.prefix(1).uppercased() + plural.dropFirst())
    }

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
