import Foundation
import LibcoopTestSupport
import Testing

/// Datasets built to break a loader — truncated, garbage, wrong encodings, deep nesting, huge
/// strings, thousands of colliding ids on one minified line, escape sequences in names — each
/// gives its expected exit status and a located message, and nothing from the data reaches the
/// terminal as a control sequence. The cases and their outcomes are listed in
/// `Tests/Fixtures/hostile/expectations.json`.
@Suite struct HostileDatasetTests {
    struct Case: Decodable, CustomTestStringConvertible {
        var file: String?
        var generated: String?
        var status: Int32
        var message: String
        var testDescription: String { file ?? generated ?? "?" }
    }

    struct Expectations: Decodable { var cases: [Case] }

    static let folder = CommandRunner.path("Tests/Fixtures/hostile")
    static let cases: [Case] = {
        let data = FileManager.default.contents(atPath: folder + "/expectations.json") ?? Data()
        return (try? JSONDecoder().decode(Expectations.self, from: data).cases) ?? []
    }()

    /// How many people share one id in the colliding case (all on a single line, as in a minified
    /// file). The tests run a debug build, where 100,000 take about 4 s; the release build's figure
    /// for 1,000,000 is in docs/RELIABILITY.md.
    static let collisions = 100_000

    @Test func everyCaseIsListed() {
        #expect(Self.cases.count == 13)
    }

    @Test(arguments: cases)
    func eachHostileDatasetGivesItsOutcome(_ hostile: Case) throws {
        let scratch = try ScratchDirectory("hostile")
        defer { scratch.remove() }
        let path = try hostile.file.map { Self.folder + "/" + $0 } ?? Self.generate(try #require(hostile.generated), in: scratch.url)
        // Every command shares the loader (tested elsewhere); data that loads is also shown.
        let shown = hostile.status == 0 ? [["libraries", "--data", path], ["staff", "zhang", "--data", path]] : []
        for command in [["validate", path]] + shown {
            let result = try CommandRunner.run(command)
            let expected: Set<Int32> = command[0] == "staff" ? [0, 1] : [hostile.status]
            #expect(expected.contains(result.status), "\(command[0]): status \(result.status)")
            if hostile.message.isEmpty {
                #expect(result.error.isEmpty || command[0] == "staff", "\(command[0]): \(result.error.prefix(300))")
            } else {
                #expect(result.error.contains(hostile.message), "\(command[0]): \(result.error.prefix(300))")
            }
            for control in ["\u{1B}", "\u{07}", "\u{9B}"] {
                #expect(!result.output.contains(control) && !result.error.contains(control), "\(command[0]): a control character from the data reached the terminal")
            }
        }
    }

    /// Every repeat of the colliding id is reported, in file order, at the line and column of its
    /// value (columns count characters) and with its own pointer.
    @Test func everyCollidingIdIsPlacedAtItsValue() throws {
        let scratch = try ScratchDirectory("collisions")
        defer { scratch.remove() }
        let path = try Self.generate("colliding-ids-on-one-line", in: scratch.url)
        let result = try CommandRunner.run(["validate", path])
        #expect(result.status == 65)
        let lines = result.error.split(separator: "\n")
        #expect(lines.last == "libcoop: \(Self.collisions) problems in 1 file")
        let duplicates = lines.filter { $0.contains("/staff/") }
        #expect(duplicates.count == Self.collisions - 1)

        // The people are identical, so the ids' values start at equal steps along the one line.
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let pattern = #""id":"zhangsan""#
        let first = try #require(text.range(of: pattern))
        let second = try #require(text.range(of: pattern, range: first.upperBound..<text.endIndex))
        let firstColumn = text.unicodeScalars.distance(from: text.startIndex, to: first.lowerBound) + 1 + #""id":"#.count
        let step = text.unicodeScalars.distance(from: first.lowerBound, to: second.lowerBound)
        let columns = (0..<Self.collisions).map { firstColumn + $0 * step }
        for (index, line) in duplicates.enumerated() where index + 1 < columns.count {
            let expected = "\(path):1:\(columns[index + 1]): /staff/\(index + 1)/id: duplicate staff member id \"zhangsan\" (first used at /staff/0)"
            if line != expected {
                Issue.record("problem \(index + 1): \(line)\nexpected: \(expected)")
                break
            }
        }
    }

    /// Writes the generated case `name` into `folder` and returns its path.
    static func generate(_ name: String, in folder: URL) throws -> String {
        let minimal = try String(contentsOfFile: CommandRunner.path("Tests/Fixtures/valid/minimal.json"), encoding: .utf8)
        let path = folder.appendingPathComponent(name + ".json").path
        switch name {
        case "nesting-100000-deep":
            try ("{\"libraries\": " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "}")
                .write(toFile: path, atomically: true, encoding: .utf8)
        case "string-50-mb":
            let notes = String(repeating: "长", count: 50 << 20 / 3)
            let withNotes = minimal.replacingOccurrences(of: "\"tier\": \"municipal\"", with: "\"tier\": \"municipal\", \"notes\": \"\(notes)\"")
            #expect(withNotes != minimal, "the minimal fixture has a municipal library to hold the notes")
            try withNotes.write(toFile: path, atomically: true, encoding: .utf8)
        case "colliding-ids-on-one-line":
            let object = try #require(try JSONSerialization.jsonObject(with: Data(minimal.utf8)) as? [String: Any])
            let person = try #require((object["staff"] as? [[String: Any]])?.first)
            var withoutStaff = object
            withoutStaff["staff"] = [Any]()
            let outline = String(decoding: try JSONSerialization.data(withJSONObject: withoutStaff, options: .sortedKeys), as: UTF8.self)
            let one = String(decoding: try JSONSerialization.data(withJSONObject: person, options: .sortedKeys), as: UTF8.self)
            let people = Array(repeating: one, count: collisions).joined(separator: ",")
            let text = outline.replacingOccurrences(of: #""staff":[]"#, with: #""staff":["# + people + "]")
            #expect(text.utf8.count > outline.utf8.count, "the staff list was filled")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        case "a-directory":
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        default:
            Issue.record("unknown generated case \(name)")
        }
        return path
    }
}
