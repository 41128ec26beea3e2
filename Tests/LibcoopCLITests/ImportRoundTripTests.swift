import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop export` → `libcoop import` gives back the records exported: a library's staff and
/// rooms, written as CSV or xlsx with Chinese or English headers, imported with `--write` into a
/// copy of the sample without them, come back equal member for member (ids included); the same
/// file against the full sample changes nothing.
@Suite struct ImportRoundTripTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    /// The sample as JSON objects.
    static func sampleObject() throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: sample))) as? [String: Any])
    }

    /// `ids` removed from `value`: records with one of them as their id, and the strings in lists.
    static func removing(_ ids: Set<String>, from value: Any) -> Any {
        if let object = value as? [String: Any] { return object.mapValues { removing(ids, from: $0) } }
        if let array = value as? [Any] {
            return array.filter { element in
                if let string = element as? String { return !ids.contains(string) }
                if let object = element as? [String: Any], let id = object["id"] as? String { return !ids.contains(id) }
                return true
            }.map { removing(ids, from: $0) }
        }
        return value
    }

    static func write(_ object: Any, to path: String) throws {
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: URL(fileURLWithPath: path))
    }

    static func yuhuatai(_ dataset: [String: Any]) throws -> [String: Any] {
        let libraries = try #require(dataset["libraries"] as? [[String: Any]])
        return try #require(libraries.first { $0["id"] as? String == "yuhuatai" })
    }

    /// The library's staff, by id.
    static func staff(_ dataset: [String: Any]) throws -> [String: NSDictionary] {
        let staff = try #require(dataset["staff"] as? [[String: Any]])
        var result: [String: NSDictionary] = [:]
        for person in staff where person["library"] as? String == "yuhuatai" { result[person["id"] as? String ?? ""] = person as NSDictionary }
        return result
    }

    /// The library's rooms by floor level ("none" for those without a floor), in file order.
    static func spaces(_ dataset: [String: Any]) throws -> [String: [NSDictionary]] {
        let library = try yuhuatai(dataset)
        var result: [String: [NSDictionary]] = [:]
        for floor in library["floors"] as? [[String: Any]] ?? [] {
            result["\(floor["level"] ?? "")"] = (floor["spaces"] as? [[String: Any]] ?? []).map { $0 as NSDictionary }
        }
        result["none"] = (library["spaces_without_floor"] as? [[String: Any]] ?? []).map { $0 as NSDictionary }
        return result
    }

    @Test(arguments: [("staff", "xlsx", "zh"), ("staff", "csv", "en"), ("staff", "csv", "zh"), ("staff", "xlsx", "en"),
                      ("spaces", "xlsx", "zh"), ("spaces", "csv", "en"), ("spaces", "csv", "zh"), ("spaces", "xlsx", "en")])
    func exportedRecordsImportBackEqual(_ kind: String, _ format: String, _ language: String) throws {
        let scratch = try ScratchDirectory("roundtrip-\(kind)-\(format)-\(language)")
        defer { scratch.remove() }
        let sheet = scratch.path("\(kind).\(format)")
        let export = try CommandRunner.run(
            ["export", kind, "--library", "yuhuatai", "--format", format, "--lang", language, "-o", sheet, "--data", Self.sample]
        )
        #expect(export.status == 0, "\(export.error)")

        let full = try Self.importing(kind, sheet, data: Self.sample, write: false)
        #expect(full.status == 0, "\(full.error)")
        #expect(full.output.contains("No changes"), "\(full.output)")
        #expect(!full.output.contains("warning"), "\(full.output)")

        let original = try Self.sampleObject()
        let removed: Set<String> = kind == "staff" ? Set(try Self.staff(original).keys) : Set(try Self.spaces(original).values.flatMap { $0 }.map { $0["id"] as? String ?? "" })
        #expect(!removed.isEmpty)
        let data = scratch.path("dataset.json")
        try Self.write(Self.removing(removed, from: original), to: data)
        let result = try Self.importing(kind, sheet, data: data, write: true)
        #expect(result.status == 0, "\(result.error)")
        #expect(!result.output.contains("warning"), "\(result.output)")
        let imported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data))) as? [String: Any])
        if kind == "staff" {
            #expect(try Self.staff(imported) == Self.staff(original))
        } else {
            #expect(try Self.spaces(imported) == Self.spaces(original))
        }
        let again = try Self.importing(kind, sheet, data: data, write: false)
        #expect(again.output.contains("No changes"), "\(again.output)")
    }

    static func importing(_ kind: String, _ sheet: String, data: String, write: Bool) throws -> CommandRunner.Result {
        try CommandRunner.run(["import", kind, sheet, "--library", "yuhuatai", "--data", data] + (write ? ["--write"] : []))
    }

    /// A synthetic library whose person and room are named like formulas (and one value is a
    /// formula already behind a `'`, which must come back with it).
    static let formulaDataset = #"""
    {
      "format": "libcoop/1",
      "dataset": {"name": "synthetic: formula names", "synthetic": true},
      "sources": [{"id": "src", "title": "synthetic", "synthetic": true}],
      "libraries": [
        {"id": "city", "name": "City", "tier": "municipal",
         "floors": [{"level": -1, "spaces": [{"id": "store", "name": "=1+1", "kind": "other", "status": "open", "notes": "+SUM(1,2)"}]}],
         "sources": ["src"]}
      ],
      "staff": [
        {"id": "mallory", "name": "=1+1", "library": "city", "department": "-2+3", "title": "@A1", "title_en": "'quoted", "department_en": "'=2", "sources": ["src"]}
      ]
    }
    """#

    @Test(arguments: [("staff", "csv"), ("staff", "xlsx"), ("spaces", "csv"), ("spaces", "xlsx")])
    func formulaLikeNamesSurviveTheRoundTrip(_ kind: String, _ format: String) throws {
        let scratch = try ScratchDirectory("roundtrip-formula-\(kind)-\(format)")
        defer { scratch.remove() }
        let full = scratch.path("full.json")
        try Data(Self.formulaDataset.utf8).write(to: URL(fileURLWithPath: full))
        let sheet = scratch.path("sheet.\(format)")
        let export = try CommandRunner.run(["export", kind, "--format", format, "-o", sheet, "--data", full])
        #expect(export.status == 0, "\(export.error)")
        let original = try #require(try JSONSerialization.jsonObject(with: Data(Self.formulaDataset.utf8)) as? [String: Any])
        let data = scratch.path("dataset.json")
        try Self.write(Self.removing([kind == "staff" ? "mallory" : "store"], from: original), to: data)
        let result = try CommandRunner.run(["import", kind, sheet, "--library", "city", "--data", data, "--write"])
        #expect(result.status == 0, "\(result.error)")
        let imported = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: data))) as? [String: Any])
        if kind == "staff" {
            #expect((imported["staff"] as? [[String: Any]])?.map { $0 as NSDictionary } == (original["staff"] as? [[String: Any]])?.map { $0 as NSDictionary })
        } else {
            #expect((imported["libraries"] as? [[String: Any]])?.map { $0 as NSDictionary } == (original["libraries"] as? [[String: Any]])?.map { $0 as NSDictionary })
        }
    }

    @Test func controlCharactersInANameAreRefusedWithTheRow() throws {
        let scratch = try ScratchDirectory("roundtrip-control")
        defer { scratch.remove() }
        let data = scratch.path("dataset.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: data)
        try Data("编号,姓名\r\nmallory,李\u{1B}[31m四\r\n".utf8).write(to: URL(fileURLWithPath: scratch.path("staff.csv")))
        let before = scratch.read("dataset.json")
        let result = try CommandRunner.run(["import", "staff", scratch.path("staff.csv"), "--library", "yuhuatai", "--data", data, "--write"])
        #expect(result.status == 65)
        #expect(result.error.contains("row 2: 姓名 (Name):"), "\(result.error)")
        #expect(scratch.read("dataset.json") == before)
    }

    @Test func anIdOfAnotherLibrarysRecordIsRefusedWithTheRow() throws {
        let scratch = try ScratchDirectory("roundtrip-foreign-id")
        defer { scratch.remove() }
        let data = scratch.path("dataset.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: data)
        let original = try Self.sampleObject()
        let staff = try #require(original["staff"] as? [[String: Any]])
        let other = try #require(staff.first { $0["library"] as? String != "yuhuatai" })
        let otherID = try #require(other["id"] as? String)
        try Data("编号,姓名\r\n\(otherID),李四\r\n".utf8).write(to: URL(fileURLWithPath: scratch.path("staff.csv")))
        let before = scratch.read("dataset.json")
        let result = try CommandRunner.run(["import", "staff", scratch.path("staff.csv"), "--library", "yuhuatai", "--data", data, "--write"])
        #expect(result.status == 65)
        #expect(result.error.contains("row 2: the id \"\(otherID)\" is "), "\(result.error)")
        #expect(scratch.read("dataset.json") == before)
    }

    /// An exported sheet edited as a person would in Excel or WPS: a person renamed (matched by
    /// the id, so updated and not added), a room's kind written as its Chinese word.
    @Test func anEditedExportUpdatesTheRecordsByTheirIds() throws {
        let scratch = try ScratchDirectory("roundtrip-edited")
        defer { scratch.remove() }
        let data = scratch.path("dataset.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: data)
        let staff = scratch.path("staff.csv")
        #expect(try CommandRunner.run(["export", "staff", "--library", "yuhuatai", "--format", "csv", "--lang", "zh", "-o", staff, "--data", data]).status == 0)
        let exported = try #require(scratch.read("staff.csv"))
        try Data(exported.replacingOccurrences(of: "钱桦", with: "钱华").utf8).write(to: URL(fileURLWithPath: staff))
        let renamed = try CommandRunner.run(["import", "staff", staff, "--library", "yuhuatai", "--data", data, "--write"])
        #expect(renamed.status == 0, "\(renamed.error)")
        #expect(renamed.output.contains("row 3: qianhua 钱华\n    姓名 name: 钱桦 → 钱华\n"), "\(renamed.output)")
        #expect(!renamed.output.contains("Would add") && !renamed.output.contains("Added"), "\(renamed.output)")

        let spaces = scratch.path("spaces.csv")
        #expect(try CommandRunner.run(["export", "spaces", "--library", "yuhuatai", "--format", "csv", "--lang", "zh", "-o", spaces, "--data", data]).status == 0)
        let rooms = try #require(scratch.read("spaces.csv"))
        try Data(rooms.replacingOccurrences(of: ",yht-study-room,研习室,Study Room,study,", with: ",yht-study-room,研习室,Study Room,阅览室,").utf8)
            .write(to: URL(fileURLWithPath: spaces))
        let relabelled = try CommandRunner.run(["import", "spaces", spaces, "--library", "yuhuatai", "--data", data])
        #expect(relabelled.status == 0, "\(relabelled.error)")
        #expect(relabelled.output.contains("yht-study-room 研习室 (3F)\n    类型 kind: study → reading_room\n"), "\(relabelled.output)")
    }

    /// A room's id on a row that puts it on another floor: import does not move rooms.
    @Test func aRoomGivenOnAnotherFloorIsRefusedWithTheRow() throws {
        let scratch = try ScratchDirectory("roundtrip-moved-room")
        defer { scratch.remove() }
        let data = scratch.path("dataset.json")
        try FileManager.default.copyItem(atPath: Self.sample, toPath: data)
        try Data("编号,楼层,名称\r\nyht-children,2,少儿阅读\r\n".utf8).write(to: URL(fileURLWithPath: scratch.path("spaces.csv")))
        let before = scratch.read("dataset.json")
        let result = try CommandRunner.run(["import", "spaces", scratch.path("spaces.csv"), "--library", "yuhuatai", "--data", data, "--write"])
        #expect(result.status == 65)
        #expect(result.error.contains("row 2: the id \"yht-children\" is a room on 3F, not on 2F of yuhuatai; import does not move rooms"), "\(result.error)")
        #expect(scratch.read("dataset.json") == before)
    }

    /// A GB18030 export (for old Excel and WPS) reads back as GB18030 with nothing to change.
    @Test func aGB18030ExportImportsBackUnchanged() throws {
        let scratch = try ScratchDirectory("roundtrip-gb18030")
        defer { scratch.remove() }
        let sheet = scratch.path("staff.csv")
        let export = try CommandRunner.run(
            ["export", "staff", "--library", "yuhuatai", "--encoding", "gb18030", "--lang", "zh", "-o", sheet, "--data", Self.sample]
        )
        #expect(export.status == 0, "\(export.error)")
        let result = try Self.importing("staff", sheet, data: Self.sample, write: false)
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(GB18030)") && result.output.contains("No changes"), "\(result.output)")
    }

    /// A value with a character export shows as text (`\u{202E}`, a bidi override) is not
    /// changed to that text when its sheet is imported back.
    @Test(arguments: ["csv", "xlsx"])
    func characterShownAsTextIsNotAChange(_ format: String) throws {
        let scratch = try ScratchDirectory("roundtrip-shown-\(format)")
        defer { scratch.remove() }
        let data = scratch.path("full.json")
        try Data(Self.formulaDataset.replacingOccurrences(of: #""title": "@A1""#, with: #""title": "A\u202EB""#).utf8)
            .write(to: URL(fileURLWithPath: data))
        let before = scratch.read("full.json")
        let sheet = scratch.path("sheet.\(format)")
        #expect(try CommandRunner.run(["export", "staff", "--format", format, "-o", sheet, "--data", data]).status == 0)
        let result = try CommandRunner.run(["import", "staff", sheet, "--library", "city", "--data", data, "--write"])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("No changes"), "\(result.output)")
        #expect(scratch.read("full.json") == before)
    }
}
