import LibcoopRender
import Testing
@testable import LibcoopTestSupport

/// Re-recording an inline expected screen rewrites exactly the array literal of the call it names,
/// keeps the file's other calls where they are, and writes literals Swift reads back as the rows.
@Suite struct InlineScreenRecorderTests {
    static let source = """
        struct Example {
            func one(grid: Grid) {
                expectScreen(grid, ["old"])
                expectScreen(renderGrid(width: 3, height: 1) { $0.write("[,]", at: .origin) }, [
                    "a, [b]",
                    "c",
                ])
                expectScreen(grid, ["last"])
            }
        }

        """

    func write(_ text: String, in scratch: ScratchDirectory) throws -> String {
        let path = scratch.path("ExampleTests.swift")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func location(_ path: String, line: Int) -> SourceLocation {
        SourceLocation(fileID: "Example/ExampleTests.swift", filePath: path, line: line, column: 9)
    }

    @Test func aCallsLiteralIsReplacedAndLaterCallsAreFoundAfterTheFileGrew() throws {
        let scratch = try ScratchDirectory("inline-recorder")
        defer { scratch.remove() }
        let path = try write(Self.source, in: scratch)
        // A multi-line literal stays multi-line and grows by a row…
        try InlineScreenRecorder.record(["x  ", "y", "z", "", " "], at: location(path, line: 4))
        // …and the call compiled at line 8 is still found, now two lines further down.
        try InlineScreenRecorder.record(["new last"], at: location(path, line: 8))
        try InlineScreenRecorder.record(["new"], at: location(path, line: 3))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == """
            struct Example {
                func one(grid: Grid) {
                    expectScreen(grid, ["new"])
                    expectScreen(renderGrid(width: 3, height: 1) { $0.write("[,]", at: .origin) }, [
                        "x",
                        "y",
                        "z",
                    ])
                    expectScreen(grid, ["new last"])
                }
            }

            """)
    }

    @Test func aLineWithoutAnInlineScreenIsAnErrorAndTheFileIsLeftAlone() throws {
        let scratch = try ScratchDirectory("inline-recorder")
        defer { scratch.remove() }
        let path = try write(Self.source, in: scratch)
        #expect(throws: InlineScreenRecorder.Failure.self) {
            try InlineScreenRecorder.record(["x"], at: location(path, line: 2))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.source)
    }

    @Test func rowsAreWrittenAsSwiftLiteralsThatReadBackAsTheRows() {
        #expect(InlineScreenRecorder.swiftLiteral(["a \"b\" \\ c", "\u{1B}[2J图"], multilineIndent: nil)
            == #"["a \"b\" \\ c", "\u{1B}[2J图"]"#)
        #expect(InlineScreenRecorder.swiftLiteral(["", "", ""], multilineIndent: nil) == #"[""]"#)
    }
}
