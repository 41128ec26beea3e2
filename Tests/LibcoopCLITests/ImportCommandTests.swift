import Foundation
import Glibc
import LibcoopTestSupport
import Testing

/// `libcoop import staff|spaces FILE --library L`: CSV in UTF-8, UTF-8 with BOM and GB18030, and
/// .xlsx; Chinese and English headers; a dry run by default; `--write` applies and a second run
/// finds nothing to do; bad rows are listed with their row numbers and nothing is written.
/// Every roster here is synthetic (李四, 王五 are placeholder names), imported into a copy of the
/// sample.
@Suite struct ImportCommandTests {
    static let sample = CommandRunner.path("data/nanjing.json")

    /// A scratch copy of the sample and the path of a sheet file written beside it.
    static func dataset(in scratch: ScratchDirectory) throws -> String {
        let path = scratch.path("dataset.json")
        try FileManager.default.copyItem(atPath: sample, toPath: path)
        return path
    }

    static func write(_ bytes: [UInt8], to path: String) throws {
        try Data(bytes).write(to: URL(fileURLWithPath: path))
    }

    /// `text` in GB18030, converted by glibc's iconv as Excel on Chinese Windows would save it.
    static func gb18030(_ text: String) throws -> [UInt8] {
        let converter = iconv_open("GB18030", "UTF-8")
        #expect(converter != iconv_t(bitPattern: -1))
        defer { iconv_close(converter) }
        var input = Array(text.utf8CString.dropLast())
        var output = [CChar](repeating: 0, count: input.count * 2 + 8)
        let written = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer -> Int in
                var inputPointer = inputBuffer.baseAddress
                var inputLeft = inputBuffer.count
                var outputPointer = outputBuffer.baseAddress
                var outputLeft = outputBuffer.count
                _ = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                return outputBuffer.count - outputLeft
            }
        }
        let bytes = output.prefix(written).map { UInt8(bitPattern: $0) }
        #expect(String(validating: bytes, as: UTF8.self) == nil, "GB18030 Chinese text is not valid UTF-8")
        return bytes
    }

    static let chineseRoster = "姓名,部门,职务,电话\r\n张庆文,,馆长,12345\r\n李四,办公室,主任,\r\n钱桦,,副馆长,\r\n"

    @Test func aDryRunShowsAdditionsAndChangesAndWritesNothing() throws {
        let scratch = try ScratchDirectory("import-dry")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        try Self.write(Array(Self.chineseRoster.utf8), to: scratch.path("roster.csv"))
        let before = scratch.read("dataset.json")
        let result = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(UTF-8): 3 rows"))
        #expect(result.output.contains("warning: column D \"电话\" is not imported"))
        #expect(result.output.contains("Would add 1:\n  row 3: lisi 李四\n    部门 department: 办公室\n    职务 title: 主任\n"))
        #expect(result.output.contains("Would change 1:\n  row 2: zhangqingwen 张庆文\n    职务 title: 副馆长 → 馆长\n"))
        #expect(result.output.contains("Unchanged: 1 row"))
        #expect(result.output.hasSuffix("Dry run: nothing was written. Run again with --write to apply.\n"))
        #expect(scratch.read("dataset.json") == before)
    }

    @Test func writingAppliesOnlyTheChangesAndASecondRunChangesNothing() throws {
        let scratch = try ScratchDirectory("import-write")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        try Self.write(Array(Self.chineseRoster.utf8), to: scratch.path("roster.csv"))
        let before = try #require(scratch.read("dataset.json"))
        let first = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "雨花台区图书馆", "--data", data, "--write"])
        #expect(first.status == 0, "\(first.error)")
        #expect(first.output.contains("Adding 1:") && first.output.hasSuffix("Wrote \(data).\n"))
        let after = try #require(scratch.read("dataset.json"))
        let removedLines = Set(before.split(separator: "\n")).subtracting(after.split(separator: "\n"))
        let addedLines = Set(after.split(separator: "\n")).subtracting(before.split(separator: "\n"))
        #expect(removedLines == [
            #"    { "id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "副馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] },"#,
            #"    { "id": "qianhua", "name": "钱桦", "name_en": "Qian Hua", "library": "yuhuatai", "title": "副馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] }"#,
        ])
        #expect(addedLines == [
            #"    { "id": "zhangqingwen", "name": "张庆文", "name_en": "Zhang Qingwen", "library": "yuhuatai", "title": "馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] },"#,
            #"    { "id": "qianhua", "name": "钱桦", "name_en": "Qian Hua", "library": "yuhuatai", "title": "副馆长", "title_en": "Deputy Director", "sources": ["shuxiang-2022-06-08"] },"#,
            #"    { "id": "lisi", "name": "李四", "library": "yuhuatai", "department": "办公室", "title": "主任", "sources": ["shuxiang-2022-06-08"] }"#,
        ])
        #expect(try CommandRunner.run(["validate", "--data", data]).status == 0)
        let second = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data, "--write"])
        #expect(second.status == 0, "\(second.error)")
        #expect(second.output.contains("Unchanged: 3 rows already match the dataset.\nNo changes: the dataset already holds every row.\n"))
        #expect(!second.output.contains("Wrote"))
        #expect(scratch.read("dataset.json") == after)
    }

    @Test func utf8WithBOMAndEnglishHeaders() throws {
        let scratch = try ScratchDirectory("import-bom")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        let roster = "Name,Department,Job Title,name_en\r\n\"Wang, Wu\",\"Office\",Clerk,\r\n钱桦,,,Qian Hua\r\n"
        try Self.write([0xEF, 0xBB, 0xBF] + Array(roster.utf8), to: scratch.path("roster.csv"))
        let result = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("(UTF-8): 2 rows"))
        #expect(result.output.contains("Would add 1:\n  row 2: wangwu Wang, Wu\n    部门 department: Office\n    职务 title: Clerk\n"))
        #expect(result.output.contains("Unchanged: 1 row"))
    }

    @Test func gb18030IsDetectedAndCanBeNamed() throws {
        let scratch = try ScratchDirectory("import-gb")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        try Self.write(try Self.gb18030(Self.chineseRoster), to: scratch.path("roster.csv"))
        let detected = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data])
        #expect(detected.status == 0, "\(detected.error)")
        #expect(detected.output.contains("(GB18030): 3 rows"))
        #expect(detected.output.contains("  row 3: lisi 李四\n"))
        let named = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data, "--encoding", "gb18030", "--write"])
        #expect(named.status == 0 && named.output.contains("Adding 1:"))
        let wrong = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data, "--encoding", "utf-8"])
        #expect(wrong.status == 65 && wrong.error.contains("not valid UTF-8"))
    }

    @Test func spacesFromAWorkbookGoOnTheirFloorsAndMatchOnTheSecondRun() throws {
        let scratch = try ScratchDirectory("import-spaces")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        let before = try #require(scratch.read("dataset.json"))
        let workbook = scratch.path("rooms.xlsx")
        try XLSXFixture.write(rows: [
            (1, [.shared("A1", "楼层"), .shared("B1", "房间名称"), .shared("C1", "类型"), .shared("D1", "备注")]),
            (2, [.shared("A2", "三层"), .shared("B2", "少儿阅读"), .shared("D2", "周末开放")]),
            (3, [.number("A3", "2"), .shared("B3", "自助借还区"), .shared("C3", "借阅")]),
            (4, [.shared("B4", "档案室")]),
        ], to: workbook)
        let dry = try CommandRunner.run(["import", "spaces", workbook, "--library", "yuhuatai", "--data", data])
        #expect(dry.status == 0, "\(dry.error)")
        #expect(dry.output.contains("  row 3: yuhuatai-zizhujiehaiqu 自助借还区 (2F)\n    类型 kind: lending\n    状态 status: open\n"))
        #expect(dry.output.contains("  row 4: yuhuatai-danganshi 档案室 (楼层不详 no floor)\n    类型 kind: other\n"))
        #expect(dry.output.contains("warning: 1 new room without a kind (类型) will be \"other\" (其他)"))
        #expect(dry.output.contains("  row 2: yht-children 少儿阅读 (3F)\n    备注 notes: — → 周末开放\n"))
        #expect(scratch.read("dataset.json") == before)
        let written = try CommandRunner.run(["import", "spaces", workbook, "--library", "yuhuatai", "--data", data, "--write"])
        #expect(written.status == 0, "\(written.error)")
        let after = try #require(scratch.read("dataset.json"))
        #expect(after.contains(#"""
                    { "id": "yht-reader-services", "name": "读者服务大厅", "name_en": "Reader Services Hall", "kind": "service_hall", "status": "open" },
                    { "id": "yuhuatai-zizhujiehaiqu", "name": "自助借还区", "kind": "lending", "status": "open" }
                  ]
        """#))
        #expect(after.contains(#"{ "id": "yht-children", "name": "少儿阅读", "name_en": "Children's Reading", "kind": "children", "status": "open", "notes": "周末开放" },"#))
        #expect(after.contains(#"        { "id": "yuhuatai-danganshi", "name": "档案室", "kind": "other", "status": "open" }"# + "\n      ],"))
        let removed = Set(before.split(separator: "\n")).subtracting(after.split(separator: "\n"))
        #expect(removed.count == 3, "only the changed room and the two lines that gained a comma: \(removed)")
        #expect(try CommandRunner.run(["validate", "--data", data]).status == 0)
        let second = try CommandRunner.run(["import", "spaces", workbook, "--library", "yuhuatai", "--data", data, "--write"])
        #expect(second.status == 0 && second.output.contains("No changes"))
        #expect(scratch.read("dataset.json") == after)
    }

    @Test func badRowsAreListedWithTheirRowNumbersAndNothingIsWritten() throws {
        let scratch = try ScratchDirectory("import-bad")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        let before = scratch.read("dataset.json")
        let rooms = "floor,name,kind\n9F,天台,other\n3,,other\n3,新书区,library\n2,\"两行\n名字\",other\n3,新书区,lending\n\n4,好房间,lending\n"
        try Self.write(Array(rooms.utf8), to: scratch.path("rooms.csv"))
        let result = try CommandRunner.run(["import", "spaces", scratch.path("rooms.csv"), "--library", "yuhuatai", "--data", data, "--write"])
        #expect(result.status == 65)
        let path = scratch.path("rooms.csv")
        #expect(result.error.contains("libcoop: \(path): row 2: \"9F\" is not a floor of yuhuatai (its floors: 2F, 3F, 4F, 5F, 6F)\n"))
        #expect(result.error.contains("libcoop: \(path): row 3: no name (名称)\n"))
        #expect(result.error.contains("libcoop: \(path): row 4: kind \"library\" is not one of: service_hall (服务大厅)"))
        #expect(result.error.contains("libcoop: \(path): row 5: 名称 (Name): text contains the control character"))
        #expect(!result.error.contains("row 6:"), "the first 新书区 was bad, so the second is not a duplicate")
        #expect(!result.error.contains("row 8"))
        #expect(result.error.hasSuffix("Nothing was written: fix the rows above and import again.\n"))
        #expect(result.output.isEmpty)
        #expect(scratch.read("dataset.json") == before)

        let staff = "姓名,职务\n李四,主任\n李四,副主任\n"
        try Self.write(Array(staff.utf8), to: scratch.path("staff.csv"))
        let duplicate = try CommandRunner.run(["import", "staff", scratch.path("staff.csv"), "--library", "yuhuatai", "--data", data])
        #expect(duplicate.status == 65)
        #expect(duplicate.error.contains("row 3: 李四 is also on row 2; each person once"))
        #expect(scratch.read("dataset.json") == before)
    }

    @Test func aSheetWithoutANameColumnOrLibraryAndTheReadOnlySample() throws {
        let scratch = try ScratchDirectory("import-usage")
        defer { scratch.remove() }
        let data = try Self.dataset(in: scratch)
        try Self.write(Array("部门,职务\n办公室,主任\n".utf8), to: scratch.path("roster.csv"))
        let noName = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--data", data])
        #expect(noName.status == 65 && noName.error.contains("row 1: no column gives the name (姓名)"))
        let noLibrary = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "nowhere", "--data", data])
        #expect(noLibrary.status == 1)
        let sample = try CommandRunner.run(["import", "staff", scratch.path("roster.csv"), "--library", "yuhuatai", "--write"])
        #expect(sample.status == 64 && sample.error.contains("read-only"))
        let missing = try CommandRunner.run(["import", "staff", scratch.path("none.csv"), "--library", "yuhuatai", "--data", data])
        #expect(missing.status == 66)
        try Self.write([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + Array(repeating: 0, count: 504), to: scratch.path("old.xls"))
        let oldWorkbook = try CommandRunner.run(["import", "staff", scratch.path("old.xls"), "--library", "yuhuatai", "--data", data])
        #expect(oldWorkbook.status == 65 && oldWorkbook.error.contains("save it as .xlsx or CSV"))
        try Self.write(Array("PK\u{3}\u{4}not really a zip".utf8), to: scratch.path("broken.xlsx"))
        let broken = try CommandRunner.run(["import", "staff", scratch.path("broken.xlsx"), "--library", "yuhuatai", "--data", data])
        #expect(broken.status == 65 && broken.error.contains("not an .xlsx workbook"))
    }
}
