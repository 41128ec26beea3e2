import Foundation
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// A file that changes between the loader's first read and the second one it makes to place
/// problems found only after decoding (a dangling reference): the problems keep their messages,
/// and no line or column is taken from the new contents.
///
/// The change is made at a known moment: the second file of the load is a FIFO, which the loader
/// opens only after reading the first; the writer changes the first file, then feeds the FIFO.
@Suite struct FileChangeTests {
    /// Valid as JSON, with one dangling reference (`nowhere`) that only the validator finds.
    static let original = """
        {
          "format": "libcoop/1",
          "sources": [{"id": "src", "title": "来源"}],
          "libraries": [{"id": "city", "name": "市图书馆", "tier": "municipal", "sources": ["src"]}],
          "staff": [
            {"id": "zhangsan", "name": "张三", "library": "nowhere", "sources": ["src"]}
          ]
        }
        """

    /// A flag shared between the test and its writer thread.
    final class Flag: @unchecked Sendable {
        private let lock = NSLock()
        private var value = false
        var isSet: Bool { lock.withLock { value } }
        func set() { lock.withLock { value = true } }
    }

    enum Change: String, CaseIterable, CustomTestStringConvertible {
        case linesShifted, sameSizeDifferentText, emptied, removed
        var testDescription: String { rawValue }

        func apply(to path: String) throws {
            switch self {
            case .linesShifted:
                try (String(repeating: "\n", count: 40) + FileChangeTests.original).write(toFile: path, atomically: false, encoding: .utf8)
            case .sameSizeDifferentText:
                let shifted = FileChangeTests.original.replacingOccurrences(of: "\",\n  \"sources\"", with: "\",   \"sources\"")
                #expect(shifted != FileChangeTests.original)
                #expect(shifted.utf8.count == FileChangeTests.original.utf8.count)
                try shifted.write(toFile: path, atomically: false, encoding: .utf8)
            case .emptied:
                try Data().write(to: URL(fileURLWithPath: path))
            case .removed:
                try FileManager.default.removeItem(atPath: path)
            }
        }
    }

    /// A FIFO (or a pipe, as `--data <(…)` gives) cannot be read a second time: its problems are
    /// placed from the bytes read the first time. If the loader tried to read it again, the
    /// writer below would let that read end at once with nothing, rather than hang.
    @Test func problemsInAFileThatCannotBeReadAgainArePlaced() throws {
        let directory = try ScratchDirectory("fifo")
        defer { directory.remove() }
        let fifo = directory.path("dataset.json")
        #expect(mkfifo(fifo, 0o600) == 0)
        let originalLine = try #require(Self.original.components(separatedBy: "\n").firstIndex { $0.contains("nowhere") }) + 1

        let writerDone = DispatchSemaphore(value: 0)
        let loaded = Flag()
        let writer = Thread {
            defer { writerDone.signal() }
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            let bytes = Array(FileChangeTests.original.utf8)
            _ = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
            // Any reader that opens the FIFO from now on finds a writer that leaves at once.
            let deadline = Date().addingTimeInterval(10)
            while !loaded.isSet, Date() < deadline {
                let again = open(fifo, O_WRONLY | O_NONBLOCK)
                if again >= 0 { close(again) }
                usleep(10_000)
            }
        }
        writer.start()

        var diagnostics: [Diagnostic] = []
        do {
            _ = try DatasetLoader.load(paths: [fifo])
            Issue.record("a dataset with a dangling reference loaded")
        } catch {
            diagnostics = error.diagnostics
        }
        loaded.set()
        writerDone.wait()
        #expect(diagnostics.map(\.code) == [.danglingReference], "\(diagnostics)")
        #expect(diagnostics.first?.line == originalLine, "\(diagnostics)")
    }

    @Test(arguments: Change.allCases)
    func aFileChangedBeforeItsProblemsArePlacedIsNotMisplaced(_ change: Change) throws {
        let directory = try ScratchDirectory("change")
        defer { directory.remove() }
        let dataset = directory.path("dataset.json")
        let fifo = directory.path("second.json")
        try Self.original.write(toFile: dataset, atomically: false, encoding: .utf8)
        #expect(mkfifo(fifo, 0o600) == 0)
        let originalLine = try #require(Self.original.components(separatedBy: "\n").firstIndex { $0.contains("nowhere") }) + 1

        let writer = Thread {
            // Opening for writing waits until the loader opens the FIFO, that is, after it has read `dataset`.
            let descriptor = open(fifo, O_WRONLY)
            guard descriptor >= 0 else { return }
            try? change.apply(to: dataset)
            let second = Array(#"{"format": "libcoop/1"}"#.utf8)
            _ = second.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            close(descriptor)
        }
        writer.start()

        let diagnostics: [Diagnostic]
        do {
            _ = try DatasetLoader.load(paths: [dataset, fifo])
            Issue.record("a dataset with a dangling reference loaded")
            return
        } catch {
            diagnostics = error.diagnostics
            #expect(!error.isUnreadable)
        }
        let dangling = try #require(diagnostics.first { $0.code == .danglingReference }, "\(diagnostics)")
        #expect(dangling.file == dataset)
        #expect(dangling.pointer?.description == "/staff/0/library")
        #expect(dangling.message.contains("unknown library id \"nowhere\""))
        if let line = dangling.line {
            #expect(line == originalLine, "placed from the changed file: \(dangling)")
        } else {
            #expect(diagnostics.contains { $0.file == dataset && $0.code == .changedWhileReading }, "\(diagnostics)")
        }
    }
}
