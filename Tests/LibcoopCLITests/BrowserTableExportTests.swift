import Foundation
import LibcoopApp
import LibcoopCore
import LibcoopTestSupport
import Testing
@testable import libcoop

/// What the executable does for the browser's `x` (`BrowserEffect.export`): the named records as
/// `libcoop export` tables, written by extension, never over a file without the user's `y`, never
/// to anything but a regular file.
@Suite struct BrowserTableExportTests {
    static let data: BrowserData = {
        let path = RepositoryFiles.sampleDataset
        return BrowserData(dataset: (try? DatasetLoader.load(paths: [path]))!, files: [path])
    }()

    @Test func theLinkageTableIsItsShownEventsAndPhasesUnderTheirKinds() {
        let request = TableExport(table: .timeline, libraryID: "yuhuatai", ids: ["visit-2022-05-30", "city-district-sharing"],
                                  language: .english, path: "x.md", format: .md)
        let (tables, rows) = BrowserTableExport.tables(request, dataset: Self.data.dataset)
        #expect(tables.map(\.title) == ["Events", "Phases"])
        #expect(rows == 2)
        #expect(tables[0].rows.map { $0[0] } == ["visit-2022-05-30"] && tables[1].rows.map { $0[0] } == ["city-district-sharing"])
        let staff = BrowserTableExport.tables(TableExport(table: .staff, libraryID: "yuhuatai", ids: nil, language: .chinese,
                                                          path: "s.csv", format: .csv), dataset: Self.data.dataset)
        #expect(staff.0.count == 1 && staff.0[0].title == nil && staff.1 == 2)
        #expect(staff.0[0].headers.first == "编号")
    }

    @Test func anExistingFileIsReplacedOnlyWhenTheRequestSaysSo() throws {
        let scratch = try ScratchDirectory("browser-export")
        defer { scratch.remove() }
        let path = scratch.path("spaces.md")
        try "keep me".write(toFile: path, atomically: true, encoding: .utf8)
        var request = TableExport(table: .spaces, libraryID: "yuhuatai", ids: nil, language: .english, path: path, format: .md)
        #expect(BrowserTableExport.perform(request, data: Self.data) == .exists(request))
        #expect(scratch.read("spaces.md") == "keep me")
        request.replacing = true
        #expect(BrowserTableExport.perform(request, data: Self.data) == .written(path: path, rows: 15))
        #expect(scratch.read("spaces.md")?.hasPrefix("| Library ID | Library (name) | Level |") == true)
        #expect(try scratch.entries() == ["spaces.md"], "no temporary file left behind")
        let directory = TableExport(table: .spaces, libraryID: "yuhuatai", ids: nil, language: .english, path: scratch.url.path,
                                    format: .csv, replacing: true)
        guard case .failed(let message) = BrowserTableExport.perform(directory, data: Self.data) else {
            Issue.record("a directory was written to")
            return
        }
        #expect(message.contains("is not a regular file"))
        let missing = TableExport(table: .staff, libraryID: "yuhuatai", ids: nil, language: .english, path: scratch.path("no/such/dir.xlsx"), format: .xlsx)
        guard case .failed = BrowserTableExport.perform(missing, data: Self.data) else {
            Issue.record("wrote into a folder that does not exist")
            return
        }
    }
}
