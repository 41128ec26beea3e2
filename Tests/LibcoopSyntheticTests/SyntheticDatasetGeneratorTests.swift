import Foundation
import Testing
import LibcoopCore
import LibcoopSynthetic

@Suite struct SyntheticDatasetGeneratorTests {
    @Test func generatesAValidSyntheticDataset() throws {
        let bytes = try SyntheticDatasetGenerator(libraries: 30, staff: 500, seed: 7).bytes()
        let dataset = try DatasetLoader.load(bytes: bytes)
        #expect(dataset.libraries.count == 30)
        #expect(dataset.staff.count == 500)
        #expect(dataset.info?.synthetic == true)
        #expect(dataset.sources.allSatisfy { $0.synthetic })
        #expect(dataset.libraries.filter { $0.tier == .municipal }.count == 3)
        #expect(dataset.libraries.filter { $0.tier == .district }.allSatisfy { $0.pairedWith != nil })
        #expect(!dataset.programs.isEmpty && !dataset.events.isEmpty && !dataset.phases.isEmpty)
        #expect(dataset.staff.allSatisfy { $0.name.unicodeScalars.allSatisfy { $0.properties.isIdeographic } })
    }

    @Test func theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot() throws {
        let first = try SyntheticDatasetGenerator(libraries: 5, staff: 50, seed: 1).bytes()
        let again = try SyntheticDatasetGenerator(libraries: 5, staff: 50, seed: 1).bytes()
        let other = try SyntheticDatasetGenerator(libraries: 5, staff: 50, seed: 2).bytes()
        #expect(first == again)
        #expect(first != other)
    }

    @Test func oneLibraryAndNoStaffIsStillValid() throws {
        let dataset = try DatasetLoader.load(bytes: try SyntheticDatasetGenerator(libraries: 1, staff: 0).bytes())
        #expect(dataset.libraries.count == 1)
        #expect(dataset.staff.isEmpty)
    }

    /// Every member the generator writes is declared for its kind (the writer only takes declared
    /// fields, so this holds by construction; the walk also shows which kinds it writes).
    @Test func writesOnlyDeclaredMembersOfEveryKindButOrganizations() throws {
        let bytes = try SyntheticDatasetGenerator(libraries: 13, staff: 40, seed: 3).bytes()
        let document = try #require(try JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any])
        var written: [RecordType: Set<String>] = [:]
        func visit(_ object: [String: Any], as type: RecordType) {
            written[type, default: []].formUnion(object.keys)
            for field in type.recordDescription.fields {
                switch field.type {
                case .record(let kind):
                    if let nested = object[field.name] as? [String: Any] { visit(nested, as: kind) }
                case .records(let kind):
                    for nested in object[field.name] as? [[String: Any]] ?? [] { visit(nested, as: kind) }
                case .text, .multilineText, .identifier, .reference, .references, .choice, .partialDate, .integer, .boolean, .constant:
                    break
                }
            }
        }
        visit(document, as: .root)
        for (type, names) in written {
            let declared = Set(type.recordDescription.fields.map(\.name))
            #expect(names.isSubset(of: declared), "\(type): undeclared \(names.subtracting(declared).sorted())")
        }
        // Synthetic people all work for libraries, so no organization is written.
        #expect(Set(written.keys) == Set(RecordType.allCases).subtracting([.organization]))
        #expect(try DatasetLoader.load(bytes: bytes).staff.count == 40)
    }
}
