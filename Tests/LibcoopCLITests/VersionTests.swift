import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop --version` prints the one version number, kept in `Sources/libcoop/LibcoopVersion.swift`.
@Suite struct VersionTests {
    @Test func versionPrintsTheNumberFromItsOnePlace() throws {
        let source = try String(contentsOf: RepositoryFiles.root.appendingPathComponent("Sources/libcoop/LibcoopVersion.swift"),
                                encoding: .utf8)
        let declared = try #require(source.firstMatch(of: /static let number = "([0-9]+\.[0-9]+\.[0-9]+)"/)?.1,
                                    "no version number in LibcoopVersion.swift")
        let result = try CommandRunner.run(["--version"])
        #expect(result.status == 0)
        #expect(result.output == "\(declared)\n", "\(result.output.debugDescription)")
        #expect(result.error.isEmpty, "\(result.error)")
        let help = try CommandRunner.run(["--help"])
        #expect(help.output.contains("--version"), "the help does not list --version")
    }
}
