import Testing
@testable import LibcoopCore

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
}
