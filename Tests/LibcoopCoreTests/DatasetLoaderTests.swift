import Foundation
import LibcoopTestSupport
import Testing
@testable import LibcoopCore
import LibcoopSynthetic

/// Each validation rule, with its message and location, and loading from files.
@Suite struct DatasetLoaderTests {
    private struct Expectation: Decodable {
        var codes: [String]
        var schema: String
    }

    private static let invalidCases: [String] = {
        let data = FileManager.default.contents(atPath: RepositoryFiles.path("Tests/Fixtures/invalid/expectations.json")) ?? Data()
        let cases = (try? JSONDecoder().decode([String: Expectation].self, from: data)) ?? [:]
        return cases.keys.sorted()
    }()

    private static func expectation(_ name: String) throws -> Expectation {
        let data = try #require(FileManager.default.contents(atPath: RepositoryFiles.path("Tests/Fixtures/invalid/expectations.json")))
        return try #require(try JSONDecoder().decode([String: Expectation].self, from: data)[name])
    }

    private func problems(_ paths: [String]) -> [Diagnostic] {
        do {
            _ = try DatasetLoader.load(paths: paths)
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func theFixtureListIsNotEmpty() {
        #expect(Self.invalidCases.count >= 20)
    }

    @Test(arguments: invalidCases)
    func eachBrokenFixtureGivesItsProblems(_ name: String) throws {
        let expected = try Self.expectation(name)
        let path = RepositoryFiles.path("Tests/Fixtures/invalid/\(name).json")
        let found = problems([path])
        #expect(found.map(\.code.rawValue) == expected.codes, "\(found.map(\.description))")
        for diagnostic in found {
            #expect(diagnostic.file == path)
            #expect((diagnostic.line ?? 0) >= 1, "every problem is placed on a line: \(diagnostic)")
            #expect((diagnostic.column ?? 0) >= 1)
        }
    }

    @Test func theMinimalValidFixtureLoads() throws {
        let dataset = try DatasetLoader.load(paths: [RepositoryFiles.path("Tests/Fixtures/valid/minimal.json")])
        #expect(dataset.libraries.map(\.id) == ["city", "district"])
        #expect(dataset.libraries[1].floorsTopDown.map(\.displayLabel) == ["1F", "B1"])
    }

    @Test func aDanglingReferenceIsPlacedAtTheReferenceAndSuggestsTheNearestId() throws {
        let found = problems([RepositoryFiles.path("Tests/Fixtures/invalid/dangling-library.json")])
        let diagnostic = try #require(found.first)
        #expect(diagnostic.pointer?.description == "/staff/0/library")
        #expect(diagnostic.message == "unknown library id \"citty\"; did you mean \"city\"?")
        let line = try String(contentsOfFile: diagnostic.file, encoding: .utf8).components(separatedBy: "\n")[diagnostic.line! - 1]
        #expect(line.contains("\"citty\""))
        #expect(diagnostic.description.hasSuffix(":\(diagnostic.line!):\(diagnostic.column!): /staff/0/library: unknown library id \"citty\"; did you mean \"city\"?"))
    }

    @Test func misspeltFieldsAndValuesGetSuggestions() throws {
        let field = try #require(problems([RepositoryFiles.path("Tests/Fixtures/invalid/unknown-field.json")]).first)
        #expect(field.message == "unknown field \"nmae\" in a staff member; did you mean \"name\"?")
        let value = try #require(problems([RepositoryFiles.path("Tests/Fixtures/invalid/bad-tier.json")]).first)
        #expect(value.message.hasSuffix("did you mean \"district\"?"))
    }

    @Test func controlCharactersInTextAreRefusedAndNotEchoed() throws {
        let diagnostic = try #require(problems([RepositoryFiles.path("Tests/Fixtures/invalid/control-character.json")]).first)
        #expect(diagnostic.message.contains("U+001B"))
        #expect(!diagnostic.description.unicodeScalars.contains { $0.value < 0x20 })
    }

    @Test func reportsEveryProblemInOneRun() {
        let text = """
            {"format": "libcoop/1", "sources": [{"id": "s", "title": "t"}],
             "libraries": [{"id": "a", "name": 1, "tier": "x", "sources": ["s"]}],
             "staff": [{"id": "p", "name": "甲", "library": "nope", "sources": ["s"]}],
             "events": [{"id": "e", "title": "t", "date": "2022-02-30", "sources": ["s"]}]}
            """
        do {
            _ = try DatasetLoader.load(bytes: Array(text.utf8))
            Issue.record("invalid data loaded")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.type, .invalidValue, .danglingReference, .invalidDate])
            #expect(error.diagnostics.map(\.line) == [2, 2, 3, 4])
        }
    }

    @Test func mergesFilesAndResolvesReferencesAcrossThem() throws {
        let directory = try ScratchDirectory("merge")
        defer { directory.remove() }
        let extra = directory.path("extra.json")
        try #"{"format": "libcoop/1", "staff": [{"id": "newcomer", "name": "新人", "library": "yuhuatai", "sources": ["shuxiang-2022-06-08"]}]}"#
            .write(toFile: extra, atomically: true, encoding: .utf8)
        let dataset = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset, extra])
        #expect(dataset.staff.count == 10)
        #expect(dataset.info?.name == "金陵图书馆与雨花台区图书馆市区联动")

        let duplicate = directory.path("dup.json")
        try #"{"format": "libcoop/1", "staff": [{"id": "jiaoxiang", "name": "焦翔", "library": "jinling", "sources": ["shuxiang-2022-06-08"]}]}"#
            .write(toFile: duplicate, atomically: true, encoding: .utf8)
        let found = problems([RepositoryFiles.sampleDataset, duplicate])
        #expect(found.count == 1)
        #expect(found.first?.file == duplicate)
        #expect(found.first?.code == .duplicateIdentifier)
        #expect(found.first?.message.contains("/staff/0 in \(RepositoryFiles.sampleDataset)") == true)
    }

    @Test("The staff index built while decoding finds what an index built afterwards finds, ranked the same")
    func indexesStaffWhileDecoding() throws {
        let (dataset, index) = try DatasetLoader.load(paths: [RepositoryFiles.sampleDataset], preparingWithStaffIndex: { $1 })
        #expect(index.search("jx").first?.member.name == "焦翔")
        let afterwards = StaffSearchIndex(dataset)
        for query in ["j", "jx", "张", "張慶文", "wen", "zhang", "y", "library"] {
            #expect(index.search(query, limit: 50).map(\.member.id) == afterwards.search(query, limit: 50).map(\.member.id))
        }
    }

    @Test("Across two files and more than one batch of names, the streamed index ranks like one built afterwards")
    func indexesStaffOfSeveralFilesWhileDecoding() throws {
        let directory = try ScratchDirectory("stream")
        defer { directory.remove() }
        let generated = directory.path("generated.json")
        try Data(SyntheticDatasetGenerator(libraries: 60, staff: 9_000, seed: 5).bytes()).write(to: URL(fileURLWithPath: generated))
        let extra = directory.path("extra.json")
        try #"{"format": "libcoop/1", "staff": [{"id": "newcomer", "name": "張新", "name_en": "Jenny Zhang", "library": "yuhuatai", "sources": ["shuxiang-2022-06-08"]}]}"#
            .write(toFile: extra, atomically: true, encoding: .utf8)
        let paths = [RepositoryFiles.sampleDataset, generated, extra]
        let (dataset, index) = try DatasetLoader.load(paths: paths, preparingWithStaffIndex: { $1 })
        #expect(index.count == 9 + 9_000 + 1)
        let afterwards = StaffSearchIndex(dataset)
        for query in ["zhang", "zx", "张新", "jenny", "jx", "wang", "l", "庆", "lib0001"] {
            #expect(index.search(query, limit: 40).map(\.member.id) == afterwards.search(query, limit: 40).map(\.member.id), "\(query)")
        }
        #expect(index.search("jenny").first?.member.id == "newcomer")
    }

    @Test("Invalid data throws the same problems with a preparation, and a file that fails to decode is not prepared",
          arguments: ["dangling-library.json", "duplicate-staff-id.json", "level-is-string.json", "unknown-field.json"])
    func invalidDataIsNeverPrepared(_ name: String) {
        let path = RepositoryFiles.path("Tests/Fixtures/invalid/\(name)")
        let prepared = PreparationLog()
        do {
            _ = try DatasetLoader.load(paths: [path], preparingWithStaffIndex: { _, _ in prepared.record() })
            Issue.record("\(name) loaded")
        } catch {
            #expect(error.diagnostics.map(\.description) == problems([path]).map(\.description))
            #expect(!error.diagnostics.isEmpty)
        }
        if name == "level-is-string.json" || name == "unknown-field.json" { #expect(prepared.calls == 0) }
    }

    @Test func acceptsAByteOrderMarkAndRefusesUTF16() throws {
        let text = #"{"format": "libcoop/1"}"#
        _ = try DatasetLoader.load(bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        var utf16: [UInt8] = [0xFF, 0xFE]
        for unit in text.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(throws: DatasetLoadError.self) { try DatasetLoader.load(bytes: utf16) }
        do { _ = try DatasetLoader.load(bytes: utf16) } catch {
            #expect(error.diagnostics.first?.code == .encoding)
            #expect(error.diagnostics.first?.message.contains("UTF-16") == true)
        }
    }

    @Test func refusesInvalidUTF8InText() {
        let bytes = Array(#"{"format": "libcoop/1", "dataset": {"name": ""#.utf8) + [0xC3, 0x28] + Array(#""}}"#.utf8)
        do {
            _ = try DatasetLoader.load(bytes: bytes)
            Issue.record("invalid UTF-8 loaded")
        } catch {
            #expect(error.diagnostics.map(\.code) == [.encoding])
            #expect(error.diagnostics.first?.pointer?.description == "/dataset/name")
        }
    }

    @Test func emptyAndGarbageFilesAreDataErrorsNotCrashes() {
        for bytes: [UInt8] in [[], [0x00, 0x01, 0x02], Array(repeating: 0xFF, count: 1000), Array("\u{1B}[2J".utf8)] {
            do {
                _ = try DatasetLoader.load(bytes: bytes)
                Issue.record("garbage loaded")
            } catch {
                #expect(!error.isUnreadable)
                #expect(!error.diagnostics.isEmpty)
            }
        }
    }

    @Test func aMissingFileOrADirectoryIsUnreadable() {
        for path in ["/nonexistent/libcoop.json", FileManager.default.temporaryDirectory.path] {
            do {
                _ = try DatasetLoader.load(paths: [path])
                Issue.record("loaded \(path)")
            } catch {
                #expect(error.isUnreadable)
                #expect(error.diagnostics.first?.line == nil)
            }
        }
    }

    @Test func aHugeStringIsReadWhole() throws {
        let name = String(repeating: "书", count: 2_000_000)
        let dataset = try DatasetLoader.load(bytes: Array(#"{"format": "libcoop/1", "dataset": {"name": "\#(name)"}}"#.utf8))
        #expect(dataset.info?.name.count == 2_000_000)
    }
}

/// Counts the calls of a preparation, which runs on another thread.
private final class PreparationLog: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    var calls: Int { lock.withLock { count } }

    func record() {
        lock.withLock { count += 1 }
    }
}
