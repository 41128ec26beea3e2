import Foundation
import Glibc
import LibcoopSynthetic
import LibcoopTestSupport
import Testing
@testable import LibcoopCore

/// Loading through the cache gives the dataset the files give: the second load of unchanged
/// files comes from the snapshot; any change to a file, a corrupt snapshot or one kept by another
/// libcoop build means the files are loaded instead; the folder stays within its limits.
@Suite struct DatasetCacheTests {
    /// A scratch folder with a synthetic dataset file and an empty cache that keeps any size.
    struct Setup {
        let scratch: ScratchDirectory
        let file: String
        let cache: DatasetCache

        init(staff: Int = 300, seed: UInt64 = 3) throws {
            scratch = try ScratchDirectory("cache")
            file = scratch.path("data.json")
            try Data(SyntheticDatasetGenerator(libraries: 20, staff: staff, seed: seed).bytes()).write(to: URL(fileURLWithPath: file))
            cache = DatasetCache(directory: scratch.path("cache/libcoop"), minimumSourceBytes: 0)
        }

        func load(_ paths: [String]? = nil) throws -> CachedLoad<Int> {
            let loaded = try DatasetLoader.load(paths: paths ?? [file], cache: cache, preparing: { $0.staff.count })
            loaded.snapshot.store()
            return loaded
        }

        /// The snapshot files in the cache folder.
        var snapshots: [String] { cache.entries().map(\.path) }
    }

    @Test("the second load of unchanged files comes from the snapshot, equal to the first")
    func secondLoadIsCached() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let first = try setup.load()
        #expect(!first.isFromCache)
        #expect(setup.snapshots.count == 1)
        let second = try setup.load()
        #expect(second.isFromCache)
        let same = second.dataset == first.dataset
        #expect(same)
        #expect(second.prepared == 300)
        let isNeeded = second.snapshot.isNeeded
        #expect(!isNeeded)
        let mode = try FileManager.default.attributesOfItem(atPath: setup.snapshots[0])[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a file changed to the same size with its time put back is read again, not taken from the snapshot")
    func sameSizeSameTimeChangeIsCaught() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        _ = try setup.load()
        var status = stat()
        #expect(stat(setup.file, &status) == 0)
        var text = try String(contentsOfFile: setup.file, encoding: .utf8)
        let person = try #require(try setup.load().dataset.staff.first)
        let renamed = String(repeating: "林", count: person.name.count)
        text = text.replacingOccurrences(of: "\"name\": \"\(person.name)\"", with: "\"name\": \"\(renamed)\"")
        #expect(text.utf8.count == Int(status.st_size))
        try text.write(toFile: setup.file, atomically: false, encoding: .utf8)
        var times = [status.st_atim, status.st_mtim]
        #expect(utimensat(AT_FDCWD, setup.file, &times, 0) == 0)
        let reloaded = try setup.load()
        #expect(!reloaded.isFromCache)
        #expect(reloaded.dataset.staff.contains { $0.name == renamed })
        #expect(try setup.load().isFromCache)
    }

    @Test("an edited file (new time, new size) is read again, and its new snapshot replaces the old one")
    func editedFileIsReadAgain() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        _ = try setup.load()
        try Data(SyntheticDatasetGenerator(libraries: 20, staff: 301, seed: 3).bytes()).write(to: URL(fileURLWithPath: setup.file))
        let reloaded = try setup.load()
        #expect(!reloaded.isFromCache)
        #expect(reloaded.prepared == 301)
        #expect(setup.snapshots.count == 1)
    }

    @Test("a corrupt snapshot is removed and the files are loaded", arguments: ["cut", "flipped", "empty", "garbage"])
    func corruptSnapshotIsRebuilt(damage: String) throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let first = try setup.load()
        let snapshot = try #require(setup.snapshots.first)
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: snapshot)))
        switch damage {
        case "cut": bytes.removeLast(bytes.count / 3)
        case "flipped": bytes[bytes.count / 2] ^= 0x20
        case "empty": bytes = []
        default: bytes = Array(repeating: 0xFF, count: 4096)
        }
        try Data(bytes).write(to: URL(fileURLWithPath: snapshot))
        let reloaded = try DatasetLoader.load(paths: [setup.file], cache: setup.cache, preparing: { $0.staff.count })
        #expect(!reloaded.isFromCache)
        let same = reloaded.dataset == first.dataset
        #expect(same)
        #expect(!FileManager.default.fileExists(atPath: snapshot))
        reloaded.snapshot.store()
        #expect(try setup.load().isFromCache)
    }

    @Test("a snapshot kept by another libcoop build is never read: the files are loaded and this build's snapshot replaces it")
    func otherBuildsSnapshotIsNotRead() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let first = try setup.load()
        // What an older libcoop kept, whose checks may have let through what this one refuses.
        var tampered = first.dataset
        tampered.staff[0].library = "nowhere"
        let canonical = try #require(DatasetCache.canonicalPaths([setup.file]))
        let stamp = try #require(SourceStamp.current(of: canonical[0]))
        let older = DatasetCache(directory: setup.cache.directory, minimumSourceBytes: 0, build: setup.cache.build &+ 1)
        older.store(tampered, sources: [stamp])
        #expect(try DatasetLoader.load(paths: [setup.file], cache: older, preparing: { $0.staff.count }).isFromCache)

        let reloaded = try setup.load()
        #expect(!reloaded.isFromCache)
        let same = reloaded.dataset == first.dataset
        #expect(same)
        let again = try setup.load()
        #expect(again.isFromCache)
        let sameAgain = again.dataset == first.dataset
        #expect(sameAgain)
        #expect(setup.snapshots.count == 1)
    }

    @Test("an invalid file is never cached, and its problems are the same as without a cache")
    func invalidFileIsNotCached() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let text = try String(contentsOfFile: setup.file, encoding: .utf8)
        try text.replacingOccurrences(of: "\"format\"", with: "\"formats\"").write(toFile: setup.file, atomically: false, encoding: .utf8)
        let withCache = #expect(throws: DatasetLoadError.self) { try setup.load() }
        let without = #expect(throws: DatasetLoadError.self) { try DatasetLoader.load(paths: [setup.file]) }
        #expect(withCache?.diagnostics == without?.diagnostics)
        #expect(setup.snapshots.isEmpty)
    }

    @Test("several files are cached as one dataset, keyed by the files in order")
    func severalFiles() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let extra = setup.scratch.path("extra.json")
        try #"{"format": "libcoop/1", "sources": [{"id": "more", "title": "另一来源"}]}"#.write(toFile: extra, atomically: false, encoding: .utf8)
        let both = try setup.load([setup.file, extra])
        #expect(!both.isFromCache)
        #expect(try setup.load([setup.file, extra]).isFromCache)
        #expect(!(try setup.load([extra, setup.file]).isFromCache))
        #expect(!(try setup.load([setup.file]).isFromCache))
        #expect(setup.snapshots.count == 3)
    }

    @Test("the folder keeps at most the limit of snapshots, the least recently used going first")
    func entryLimit() throws {
        let setup = try Setup(staff: 5)
        defer { setup.scratch.remove() }
        var files: [String] = []
        var known = Set<String>()
        for index in 0..<(DatasetCache.entryLimit + 2) {
            let file = setup.scratch.path("data-\(index).json")
            try FileManager.default.copyItem(atPath: setup.file, toPath: file)
            files.append(file)
            _ = try setup.load([file])
            // Each snapshot used a second after the one before, so the order of use is unambiguous.
            var times = [timespec(tv_sec: 1_000_000 + index, tv_nsec: 0), timespec(tv_sec: 1_000_000 + index, tv_nsec: 0)]
            for added in setup.snapshots where !known.contains(added) {
                #expect(utimensat(AT_FDCWD, added, &times, 0) == 0)
            }
            known = Set(setup.snapshots)
        }
        #expect(setup.snapshots.count == DatasetCache.entryLimit)
        #expect(try setup.load([files.last!]).isFromCache)
        #expect(!(try setup.load([files.first!]).isFromCache))
    }

    @Test("keeping a snapshot removes a temporary file of a libcoop that has ended, never one still being written")
    func temporaryFilesOfLiveProcessesStay() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let writer = try SpawnedProcess(["/bin/sleep", "60"])
        defer {
            kill(writer.pid, SIGKILL)
            _ = try? writer.wait()
        }
        let ended = try SpawnedProcess(["/bin/true"])
        _ = try ended.wait()
        let folder = setup.scratch.path("cache/libcoop")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let writing = folder + "/dataset-00000000000000aa.snapshot.tmp-\(writer.pid)"
        let abandoned = folder + "/dataset-00000000000000bb.snapshot.tmp-\(ended.pid)"
        for path in [writing, abandoned] {
            try Data("part of a snapshot".utf8).write(to: URL(fileURLWithPath: path))
        }
        _ = try setup.load()
        #expect(FileManager.default.fileExists(atPath: writing), "another libcoop's snapshot was removed while it was written")
        #expect(!FileManager.default.fileExists(atPath: abandoned))
        #expect(setup.snapshots.filter { $0.hasSuffix(".snapshot") }.count == 1)
    }

    @Test("no cache folder can be made: loading works and keeps nothing")
    func unwritableCache() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let blocker = setup.scratch.path("blocker")
        try "a file, not a folder".write(toFile: blocker, atomically: false, encoding: .utf8)
        let cache = DatasetCache(directory: blocker + "/libcoop", minimumSourceBytes: 0)
        let loaded = try DatasetLoader.load(paths: [setup.file], cache: cache, preparing: { $0.staff.count })
        loaded.snapshot.store()
        #expect(!loaded.isFromCache)
        #expect(loaded.prepared == 300)
        #expect(cache.entries().isEmpty)
    }

    @Test("a dataset under the minimum size is not cached")
    func smallDatasetsAreNotCached() throws {
        let setup = try Setup()
        defer { setup.scratch.remove() }
        let cache = DatasetCache(directory: setup.scratch.path("small"))
        let loaded = try DatasetLoader.load(paths: [setup.file], cache: cache, preparing: { $0.staff.count })
        let isNeeded = loaded.snapshot.isNeeded
        #expect(!isNeeded)
        loaded.snapshot.store()
        #expect(cache.entries().isEmpty)
    }
}
