import Foundation
import LibcoopTestSupport
import Testing

/// A dataset larger than any dataset could plausibly be (1 GiB; a million staff is 256 MB) is
/// refused with status 66 and a message saying so, quickly: a regular file by its size before
/// reading, an endless input (`/dev/zero`, a pipe) as soon as more than that has been read.
@Suite struct OversizedInputTests {
    @Test(arguments: [["validate", "/dev/zero"], ["libraries", "--data", "/dev/zero"]])
    func anEndlessInputIsRefusedOnceItPassesTheLimit(_ arguments: [String]) throws {
        let started = ContinuousClock.now
        let result = try CommandRunner.run(arguments)
        let took = ContinuousClock.now - started
        #expect(result.status == 66, "\(result.error)")
        #expect(result.error.contains("/dev/zero: is larger than 1 GiB, more than a dataset can be"), "\(result.error)")
        #expect(took < .seconds(10), "took \(took)")
    }

    @Test func aRegularFileOverTheLimitIsRefusedWithoutBeingRead() throws {
        let scratch = try ScratchDirectory("oversized")
        defer { scratch.remove() }
        let path = scratch.path("huge.json")
        let descriptor = open(path, O_WRONLY | O_CREAT, 0o644)
        try #require(descriptor >= 0)
        // Sparse: 1 GiB and one byte that take no space on disk.
        #expect(ftruncate(descriptor, (1 << 30) + 1) == 0)
        close(descriptor)
        let started = ContinuousClock.now
        let result = try CommandRunner.run(["validate", path])
        let took = ContinuousClock.now - started
        #expect(result.status == 66, "\(result.error)")
        #expect(result.error.contains("huge.json: is larger than 1 GiB, more than a dataset can be"), "\(result.error)")
        // Reading and parsing it would take far longer than starting the program, which on a busy machine
        // can take seconds itself (the debug build starts twice: see CrashReportSetup).
        #expect(took < .seconds(10), "took \(took)")
    }
}
