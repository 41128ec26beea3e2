import Foundation
import Testing
@testable import libcoop

/// Which dataset a command reads when the user names none: `--data`, else `$LIBCOOP_DATA`, else
/// the bundled sample beside an installed binary or in the source tree.
@Suite struct DatasetLocatorTests {
    @Test func filesNamedOnTheCommandLineWinOverTheEnvironment() throws {
        let located = DatasetLocator.paths(requested: ["a.json", "b.json"], environment: ["LIBCOOP_DATA": "c.json"], executablePath: "")
        #expect(try located.get() == ["a.json", "b.json"])
    }

    @Test func theEnvironmentVariableNamesOneOrSeveralFiles() throws {
        let located = DatasetLocator.paths(requested: [], environment: ["LIBCOOP_DATA": "/x/one.json:/y/two.json"], executablePath: "")
        #expect(try located.get() == ["/x/one.json", "/y/two.json"])
    }

    @Test func withoutEitherTheBundledSampleIsFoundInTheSourceTree() throws {
        let located = DatasetLocator.paths(requested: [], environment: ["LIBCOOP_DATA": ""], executablePath: "/nonexistent/bin/libcoop")
        let path = try located.get()
        #expect(path.count == 1)
        #expect(path.first?.hasSuffix("/data/nanjing.json") == true)
        #expect(FileManager.default.isReadableFile(atPath: path[0]))
    }

    @Test func anInstalledCopyLooksInItsShareDirectoryFirst() {
        let candidates = DatasetLocator.bundledCandidates(executablePath: "/opt/libcoop/bin/libcoop")
        #expect(candidates.first == "/opt/libcoop/share/libcoop/nanjing.json")
        #expect(candidates.contains("/opt/libcoop/bin/data/nanjing.json"))
        #expect(Set(candidates).count == candidates.count, "each place is listed once")
    }
}
