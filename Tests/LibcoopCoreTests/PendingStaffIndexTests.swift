import Foundation
import LibcoopCore
import LibcoopSynthetic
import LibcoopTestSupport
import Testing

/// `DatasetLoader.load(paths:preparingBeforeStaffIndex:)` hands the dataset back before the staff
/// index is ranked (the browser's first frame does not wait for it); the index finished later
/// answers exactly as one built from the loaded dataset.
@Suite struct PendingStaffIndexTests {
    @Test("The index finished after loading ranks like one built afterwards, across files and batches")
    func finishedLaterRanksLikeBuiltAfterwards() throws {
        let directory = try ScratchDirectory("pending")
        defer { directory.remove() }
        let generated = directory.path("generated.json")
        try Data(SyntheticDatasetGenerator(libraries: 60, staff: 9_000, seed: 7).bytes()).write(to: URL(fileURLWithPath: generated))
        let paths = [RepositoryFiles.sampleDataset, generated]
        let (dataset, staffCount, pending) = try DatasetLoader.load(paths: paths, preparingBeforeStaffIndex: { $0.staff.count })
        #expect(staffCount == 9 + 9_000)
        let index = pending.finish()
        #expect(index.count == staffCount)
        let afterwards = StaffSearchIndex(dataset)
        for query in ["zhang", "zx", "张", "張慶文", "wen", "jx", "l", "庆", "lib0001", "zhangqingwen"] {
            #expect(index.search(query, limit: 40).map(\.member.id) == afterwards.search(query, limit: 40).map(\.member.id), "\(query)")
        }
    }

    @Test("Invalid data throws the same problems and is never prepared when it fails to decode",
          arguments: ["dangling-library.json", "unknown-field.json"])
    func invalidDataThrowsTheSameProblems(_ name: String) {
        let path = RepositoryFiles.path("Tests/Fixtures/invalid/\(name)")
        var expected: [String] = []
        do { _ = try DatasetLoader.load(paths: [path]) } catch { expected = error.diagnostics.map(\.description) }
        do {
            _ = try DatasetLoader.load(paths: [path], preparingBeforeStaffIndex: { $0.staff.count })
            Issue.record("\(name) loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == expected)
            #expect(!expected.isEmpty)
        }
    }
}
