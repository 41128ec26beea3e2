import Foundation
import LibcoopTestSupport
import Testing

/// Text from data cannot reorder or flood the user's terminal: JSON escapes invisible format
/// characters, and text tables on a terminal cut over-long cells.
@Suite struct UntrustedTextOutputTests {
    /// The minimal dataset with the district library renamed to `name`, written to `scratch`.
    static func dataset(renamingDistrictLibraryTo name: String, in scratch: ScratchDirectory) throws -> String {
        let minimal = try Data(contentsOf: URL(fileURLWithPath: CommandRunner.path("Tests/Fixtures/valid/minimal.json")))
        var root = try #require(try JSONSerialization.jsonObject(with: minimal) as? [String: Any])
        var libraries = try #require(root["libraries"] as? [[String: Any]])
        let district = try #require(libraries.firstIndex { $0["id"] as? String == "district" })
        libraries[district]["name"] = name
        root["libraries"] = libraries
        let path = scratch.path("dataset.json")
        try JSONSerialization.data(withJSONObject: root).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Bidi override and isolate, zero-width space, BOM, and a format character beyond the BMP.
    static let trickyName = "区图书馆\u{202E}gpj.exe\u{2066}x\u{2069}\u{200B}\u{FEFF}\u{E0001}"

    @Test(arguments: [["libraries", "--json"], ["search", "区图书馆", "--json"]])
    func jsonEscapesFormatCharactersAndStillParsesToTheSameText(_ command: [String]) throws {
        let scratch = try ScratchDirectory("json-bidi")
        defer { scratch.remove() }
        let data = try Self.dataset(renamingDistrictLibraryTo: Self.trickyName, in: scratch)
        let result = try CommandRunner.run(command + ["--data", data])
        #expect(result.status == 0, "\(result.error)")
        for character in ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200B}", "\u{FEFF}", "\u{E0001}"] {
            #expect(!result.output.contains(character), "raw U+\(String(character.unicodeScalars.first!.value, radix: 16, uppercase: true))")
        }
        #expect(!Data(result.output.utf8).contains(Data([0xE2, 0x80, 0xAE]) as Data), "no raw U+202E bytes")
        if command[0] == "libraries" {
            #expect(result.output.contains(#"区图书馆\u202Egpj.exe\u2066x\u2069\u200B\uFEFF\uDB40\uDC01"#), "\(result.output)")
        }
        #expect(Self.strings(in: try CommandRunner.json(result.output)).contains(Self.trickyName), "parsed back, the name is whole")
    }

    /// Every string anywhere in a parsed JSON value.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let text as String: [text]
        case let array as [Any]: array.flatMap(strings(in:))
        case let object as [String: Any]: object.values.flatMap(strings(in:))
        default: []
        }
    }

    @Test func aHugeNameIsCutOnATerminalAndKeptWholeInAPipe() throws {
        let scratch = try ScratchDirectory("table-width")
        defer { scratch.remove() }
        let name = String(repeating: "长", count: 5_000)
        let data = try Self.dataset(renamingDistrictLibraryTo: name, in: scratch)
        let terminal = try TerminalRun.run(["libraries", "--data", data], columns: 100)
        #expect(terminal.status == 0, "\(terminal.error)")
        let rows = terminal.output.split(separator: "\n").map(String.init)
        let widest = rows.map { $0.replacingOccurrences(of: "\u{1B}[1m", with: "").replacingOccurrences(of: "\u{1B}[0m", with: "") }
            .map(Self.displayWidth).max() ?? 0
        #expect(widest <= 250, "a row is \(widest) columns wide")
        #expect(terminal.output.contains("长…"))
        let pipe = try CommandRunner.run(["libraries", "--data", data])
        #expect(pipe.output.contains(name))
    }

    /// The heading of `floors` is the library's name: made safe and cut like a table cell.
    @Test func theFloorsHeadingIsMadeSafeAndCut() throws {
        let scratch = try ScratchDirectory("floors-heading")
        defer { scratch.remove() }
        let data = try Self.dataset(renamingDistrictLibraryTo: Self.trickyName + String(repeating: "长", count: 5_000), in: scratch)
        let terminal = try TerminalRun.run(["floors", "district", "--data", data], columns: 100)
        #expect(terminal.status == 0, "\(terminal.error)")
        #expect(!terminal.output.contains("\u{202E}"))
        #expect(terminal.output.contains("\\u{202E}"), "the override is shown as text")
        let heading = try #require(terminal.output.split(separator: "\n").first.map(String.init))
        #expect(heading.count < 120, "\(heading.count) characters")
        #expect(heading.contains("长…"))
    }

    /// Columns of `text`: two for CJK ideographs, one for the rest (enough for these tables).
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ((0x4E00...0x9FFF).contains($1.value) ? 2 : 1) }
    }
}
