import LibcoopTestSupport
import Foundation
import Testing

/// `libcoop schema` is where data/schema.json comes from.
@Suite struct SchemaCommandTests {
    @Test func printedSchemaIsTheCheckedInSchema() throws {
        let result = try CommandRunner.run(["schema"])
        #expect(result.status == 0)
        let checkedIn = try String(contentsOfFile: CommandRunner.path("data/schema.json"), encoding: .utf8)
        #expect(
            result.output == checkedIn,
            "data/schema.json differs from `libcoop schema`; regenerate it with: swift run libcoop schema > data/schema.json"
        )
    }
}
