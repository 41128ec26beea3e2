import Foundation
import LibcoopTestSupport
import Testing
import LibcoopCore

/// What a dataset write tells its caller about its temporary file, so that a signal handler can
/// remove the file if the process is ended mid-write: told "none" before the file exists, its
/// path the moment it exists, and "none" once it is gone. A handler armed only after the file
/// was made left it behind when Ctrl-C came in between (seen in `EditCrashTests` under load).
@Suite struct TemporaryFileAnnouncementTests {
    /// Each announcement, and whether the announced file existed at that moment.
    final class Announcements {
        var seen: [(path: String?, existed: Bool)] = []
        let folder: String
        init(folder: String) { self.folder = folder }

        func record(_ path: String?) {
            let temporaryFiles = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.contains(".libcoop-tmp-") }
            seen.append((path, path.map { FileManager.default.fileExists(atPath: $0) } ?? !temporaryFiles.isEmpty))
        }
    }

    @Test("a dataset write says 'no file yet' before making its temporary file, and its path once it exists")
    func theTemporaryFileIsAnnouncedBeforeAndAsItComesIntoBeing() throws {
        let scratch = try ScratchDirectory("announce")
        defer { scratch.remove() }
        let path = scratch.path("d.json")
        let old = Array("{\"a\": 1}\n".utf8)
        try Data(old).write(to: URL(fileURLWithPath: path))
        let announcements = Announcements(folder: scratch.url.path)
        try DatasetFileReplacement.replace(path: path, loaded: old, with: Array("{\"a\": 2}\n".utf8), temporaryFile: announcements.record)

        let seen = announcements.seen
        try #require(seen.count == 3, "\(seen)")
        #expect(seen[0].path == nil && !seen[0].existed, "first: none, and no temporary file yet: \(seen)")
        let temporary = try #require(seen[1].path)
        #expect(temporary.hasPrefix(scratch.path(".d.json.libcoop-tmp-")) && seen[1].existed, "then its path, the file there: \(seen)")
        #expect(seen[2].path == nil && !FileManager.default.fileExists(atPath: temporary), "last: none, the file renamed: \(seen)")
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\": 2}\n")
    }

    @Test("AtomicFileWriter names its temporary file to `created` as soon as it exists")
    func theWriterNamesItsFileWhenMade() throws {
        let scratch = try ScratchDirectory("announce")
        defer { scratch.remove() }
        var named: [String] = []
        var existed = false
        let writer = try AtomicFileWriter(path: scratch.path("out.txt")) { path in
            named.append(path)
            existed = FileManager.default.fileExists(atPath: path)
        }
        #expect(named == [writer.temporaryPath])
        #expect(existed)
        try writer.write(Array("x".utf8))
        try writer.commit()
    }
}
