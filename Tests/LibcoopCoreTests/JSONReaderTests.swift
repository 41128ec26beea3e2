import Testing
@testable import LibcoopCore

/// Syntax errors are located and described; the reader never accepts malformed JSON.
@Suite struct JSONReaderTests {
    private func syntaxError(_ text: String) -> Diagnostic? {
        do {
            _ = try DatasetLoader.load(bytes: Array(text.utf8), name: "t.json")
            return nil
        } catch {
            return error.diagnostics.first { $0.code == .syntax }
        }
    }

    @Test(arguments: [
        ("{\"format\": \"libcoop/1\",}", "trailing comma"),
        ("{\"format\": \"libcoop/1\", \"staff\": [1,]}", "trailing comma"),
        ("{\"format\": 01}", "leading zeros"),
        ("{\"format\": \"libcoop/1", "never closed"),
        ("{\"format\": \"a\u{01}b\"}", "raw control character"),
        ("{\"format\": \"\\x\"}", "invalid escape"),
        ("{\"format\" \"libcoop/1\"}", "expected :"),
        ("{format: 1}", "double quotes"),
        ("{\"format\": \"libcoop/1\"} {}", "after the end"),
        ("{\"format\": tru}", "expected a value"),
        ("{\"format\": 1.}", "decimal point"),
    ])
    func reportsMalformedJSON(_ text: String, _ fragment: String) throws {
        let diagnostic = try #require(syntaxError(text))
        #expect(diagnostic.message.contains(fragment), "\(diagnostic.message)")
        #expect(diagnostic.line == 1)
    }

    @Test func placesErrorsByLineAndCharacterColumn() throws {
        let text = "{\n  \"format\": \"libcoop/1\",\n  \"dataset\": {\"name\": \"南京\", }\n}"
        let diagnostic = try #require(syntaxError(text))
        #expect(diagnostic.line == 3)
        #expect(diagnostic.column == 29, "columns count characters, so 南京 advances by two")
    }

    @Test func refusesNestingDeeperThanTheLimitWithoutCrashing() throws {
        let text = "{\"format\": \"libcoop/1\", \"dataset\": " + String(repeating: "[", count: 100_000)
        let diagnostic = try #require(syntaxError(text))
        #expect(diagnostic.message.contains("nesting deeper"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let text = #"{"format": "libcoop/1", "dataset": {"name": "\u91d1\u9675 \ud83d\udcda \"q\" \/"}}"#
        let dataset = try DatasetLoader.load(bytes: Array(text.utf8))
        #expect(dataset.info?.name == "金陵 📚 \"q\" /")
    }
}
