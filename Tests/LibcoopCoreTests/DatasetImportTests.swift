import Foundation
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// Planning and writing an import in-process: headers from the declarations, floors as
/// spreadsheets write them, readable ids, a file changed between planning and writing, records
/// spread over two files. The rows are synthetic.
@Suite struct DatasetImportTests {
    static func rows(_ text: String) -> [ImportRow] {
        text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            ImportRow(number: $0.offset + 1, cells: $0.element.split(separator: ",", omittingEmptySubsequences: false).map(String.init))
        }
    }

    static func sampleCopy(in scratch: ScratchDirectory) throws -> (path: String, dataset: Dataset, library: Library) {
        let path = scratch.path("data.json")
        try FileManager.default.copyItem(atPath: RepositoryFiles.sampleDataset, toPath: path)
        let dataset = try DatasetLoader.load(paths: [path])
        return (path, dataset, try #require(dataset.libraries.first { $0.id == "yuhuatai" }))
    }

    @Test func headersComeFromTheDeclarationsAndCommonWords() {
        let staff = ImportKind.staff.columns
        func column(for header: String, in columns: [ImportColumn]) -> String? { columns.first { $0.matches(header: header) }?.name }
        #expect(column(for: "姓名", in: staff) == "name")
        #expect(column(for: " Name ", in: staff) == "name")
        #expect(column(for: "name_en", in: staff) == "name_en")
        #expect(column(for: "英文姓名", in: staff) == "name_en")
        #expect(column(for: "Department (English)", in: staff) == "department_en")
        #expect(column(for: "职位", in: staff) == "title")
        #expect(column(for: "ＴＩＴＬＥ", in: staff) == "title")
        #expect(column(for: "电话", in: staff) == nil)
        let spaces = ImportKind.spaces.columns
        #expect(column(for: "楼层", in: spaces) == "floor")
        #expect(column(for: "房间", in: spaces) == "name")
        #expect(column(for: "备注", in: spaces) == "notes")
        #expect(column(for: "类型", in: spaces) == "kind")
        for kind in ImportKind.allCases {
            // The floor, its label and a room's library are where the room is, not its members.
            for field in kind.columns where !["floor", "floor_label"].contains(field.name) && !(kind == .spaces && field.name == "library") {
                #expect(kind.recordType.recordDescription.field(field.name) != nil, "\(field.name) is a declared member")
            }
        }
    }

    @Test func aTitleRowAboveTheHeadersIsSkippedAndSaid() throws {
        let scratch = try ScratchDirectory("import-title")
        defer { scratch.remove() }
        let (path, dataset, library) = try Self.sampleCopy(in: scratch)
        let plan = DatasetImport.plan(.staff, rows: Self.rows("雨花台区图书馆职工名单（合成）,\n,\n姓名,职务\n李四,主任"), into: library, of: dataset, paths: [path])
        #expect(plan.problems.isEmpty, "\(plan.problems)")
        #expect(plan.warnings.contains("row 1 above the headers (row 3) is not imported"))
        #expect(plan.additions.map(\.row) == [4])
    }

    @Test func aRoomWithoutAFloorInALibraryWithNoneYetAddsTheList() throws {
        let scratch = try ScratchDirectory("import-no-floor")
        defer { scratch.remove() }
        let (path, dataset, _) = try Self.sampleCopy(in: scratch)
        let jinling = try #require(dataset.libraries.first { $0.id == "jinling" })
        #expect(jinling.floors.isEmpty && jinling.spacesWithoutFloor.isEmpty)
        let onAFloor = DatasetImport.plan(.spaces, rows: Self.rows("楼层,名称\n2F,报告厅"), into: jinling, of: dataset, paths: [path])
        #expect(onAFloor.problems.map(\.description) == ["row 2: \"2F\" is not a floor of jinling (it has no floors)"])
        let plan = DatasetImport.plan(.spaces, rows: Self.rows("楼层,名称,类型\n,报告厅,会议"), into: jinling, of: dataset, paths: [path])
        #expect(plan.canWrite, "\(plan.problems) \(plan.resultProblems)")
        try plan.write()
        let reloaded = try DatasetLoader.load(paths: [path])
        let spaces = try #require(reloaded.libraries.first { $0.id == "jinling" }).spacesWithoutFloor
        #expect(spaces.map(\.id) == ["jinling-baogaoting"] && spaces.first?.kind == .meeting)
        #expect(try #require(scratch.read("data.json")).contains(#"""
              "sources": ["shuxiang-2022-06-08"],
              "spaces_without_floor": [
                { "id": "jinling-baogaoting", "name": "报告厅", "kind": "meeting", "status": "open" }
              ]
            },
        """#))
    }

    @Test func floorsAsSpreadsheetsWriteThem() {
        let floors = [Floor(level: -1, spaces: []), Floor(level: 2, spaces: []), Floor(level: 12, label: "顶层", spaces: [])]
        for (text, level) in [("2", 2), ("2F", 2), ("2f", 2), ("2楼", 2), ("二层", 2), ("L2", 2), ("第二层", 2), ("2.0", 2),
                              ("B1", -1), ("-1", -1), ("地下一层", -1), ("负一层", -1), ("十二层", 12), ("顶层", 12)] {
            #expect(FloorText.level(of: text, among: floors) == level, "\(text)")
        }
        for text in ["3", "0", "二", "abc", ""] where text != "二" {
            #expect(FloorText.level(of: text, among: floors) == nil, "\(text)")
        }
    }

    @Test func readableIdentifiersArePinyinMadeUnique() {
        #expect(ReadableIdentifier.make(from: "张庆文", taken: []) == "zhangqingwen")
        #expect(ReadableIdentifier.make(from: "张庆文", taken: ["zhangqingwen", "zhangqingwen-2"]) == "zhangqingwen-3")
        #expect(ReadableIdentifier.make(from: "Anna-Lena Müller", taken: []) == "anna-lenamuller")
        #expect(ReadableIdentifier.make(from: "少儿阅读", prefix: "yuhuatai", taken: []) == "yuhuatai-shaoeryuedu")
        #expect(ReadableIdentifier.make(from: "★", taken: []) == "record")
        #expect(ReadableIdentifier.make(from: String(repeating: "长", count: 40), taken: []).count <= 64)
    }

    @Test func aFileChangedAfterPlanningIsNotWritten() throws {
        let scratch = try ScratchDirectory("import-changed")
        defer { scratch.remove() }
        let (path, dataset, library) = try Self.sampleCopy(in: scratch)
        let plan = DatasetImport.plan(.staff, rows: Self.rows("姓名,职务\n李四,主任"), into: library, of: dataset, paths: [path])
        #expect(plan.canWrite && plan.hasChanges)
        let changed = try #require(scratch.read("data.json")).replacingOccurrences(of: "\"副馆长\"", with: "\"馆长\"")
        try changed.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(throws: DatasetFileReplacement.Failure.self) { try plan.write() }
        do {
            try plan.write()
        } catch {
            guard case .changedOnDisk = error else {
                Issue.record("expected changedOnDisk, got \(error)")
                return
            }
        }
        #expect(scratch.read("data.json") == changed)
    }

    @Test func staffInAnotherFileAreUpdatedThereAndNewOnesJoinThem() throws {
        let scratch = try ScratchDirectory("import-two-files")
        defer { scratch.remove() }
        let sample = try #require(String(data: Data(contentsOf: URL(fileURLWithPath: RepositoryFiles.sampleDataset)), encoding: .utf8))
        let staffStart = try #require(sample.range(of: ",\n  \"staff\": ["))
        let staffEnd = try #require(sample.range(of: "\n  ],", range: staffStart.upperBound..<sample.endIndex))
        let main = String(sample[..<staffStart.lowerBound]) + "," + String(sample[staffEnd.upperBound...])
        let staffFile = "{\n  \"format\": \"libcoop/1\",\n  \"staff\": [" + String(sample[staffStart.upperBound..<staffEnd.lowerBound]) + "\n  ]\n}\n"
        try main.write(toFile: scratch.path("main.json"), atomically: true, encoding: .utf8)
        try staffFile.write(toFile: scratch.path("staff.json"), atomically: true, encoding: .utf8)
        let paths = [scratch.path("main.json"), scratch.path("staff.json")]
        let dataset = try DatasetLoader.load(paths: paths)
        let library = try #require(dataset.libraries.first { $0.id == "yuhuatai" })
        let plan = DatasetImport.plan(.staff, rows: Self.rows("姓名,职务\n钱桦,馆长\n李四,主任"), into: library, of: dataset, paths: paths)
        #expect(plan.canWrite, "\(plan.problems) \(plan.resultProblems)")
        #expect(plan.changedPaths == [paths[1]])
        try plan.write()
        let reloaded = try DatasetLoader.load(paths: paths)
        #expect(reloaded.staff.first { $0.id == "qianhua" }?.title == "馆长")
        #expect(reloaded.staff.first { $0.id == "lisi" }?.origin.file == 1)
        #expect(scratch.read("main.json") == main)
    }
}

/// docs/data-format.md lists every header an import accepts.
@Suite struct ImportHeaderDocumentationTests {
    @Test func everyAcceptedHeaderIsDocumented() throws {
        let text = try String(contentsOfFile: RepositoryFiles.path("docs/data-format.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "## Importing from spreadsheets").dropFirst().first)
        for kind in ImportKind.allCases {
            for column in kind.columns {
                let line = try #require(section.split(separator: "\n").first { $0.hasPrefix("| \(kind.rawValue) | ") && $0.contains("`\(column.name)`") },
                                        "\(kind.rawValue) \(column.name)")
                for header in column.headers {
                    #expect(line.contains(header), "\(kind.rawValue) \(column.name): \(header)")
                }
            }
        }
    }
}
