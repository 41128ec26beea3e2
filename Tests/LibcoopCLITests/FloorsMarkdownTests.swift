import Foundation
import LibcoopTestSupport
import Testing

/// `libcoop floors L --format md`: the floor directory someone prints for the front desk.
@Suite struct FloorsMarkdownTests {
    @Test func floorsTopFirstWithRoomsAndWhatIsUnderConstructionInBold() throws {
        let result = try CommandRunner.run(["floors", "yuhuatai", "--format", "md", "--lang", "zh"])
        #expect(result.status == 0, "\(result.error)")
        let text = result.output
        #expect(text.hasPrefix("# 雨花台区图书馆 楼层指引\n"))
        let headings = text.split(separator: "\n").filter { $0.hasPrefix("## ") }.map(String.init)
        #expect(headings == ["## 6F", "## 5F", "## 4F", "## 3F", "## 2F", "## 楼层不详"])
        #expect(text.contains("| 百姓书房 | Citizens' Study | 阅览室 | **建设中** |"))
        #expect(text.contains("| 视障阅览室 | Reading Room for the Visually Impaired | 无障碍 | 开放 |"))
        #expect(SpreadsheetText.markdownTablesAreWellFormed(text))
        let english = try CommandRunner.run(["floors", "雨花台", "--format", "md", "--lang", "en"]).output
        #expect(english.hasPrefix("# Yuhuatai District Library (雨花台区图书馆): floor directory\n"))
        #expect(english.contains("| 百姓书房 | Citizens' Study | reading room | **UNDER CONSTRUCTION** |"))
        #expect(english.contains("## Floor not given in the sources"))
    }

    @Test func theDirectoryGoesToAFileAndOtherFormsKeepStandardOutput() throws {
        let scratch = try ScratchDirectory("floors-md")
        defer { scratch.remove() }
        let path = scratch.path("directory.md")
        #expect(try CommandRunner.run(["floors", "yuhuatai", "--format", "md", "--lang", "zh", "-o", path]).status == 0)
        #expect(scratch.read("directory.md")?.contains("## 3F") == true)
        #expect(try CommandRunner.run(["floors", "yuhuatai", "-o", path]).status == 64, "--output is for the printable directory")
        #expect(try CommandRunner.run(["floors", "yuhuatai", "--json", "--format", "md"]).status == 64)
        let json = try CommandRunner.run(["floors", "yuhuatai", "--format", "json"])
        #expect(json.status == 0 && json.output.hasPrefix("["))
        #expect(try CommandRunner.run(["floors", "jinling", "--format", "md", "--lang", "en"]).output.contains("No floors or spaces are recorded for this library."))
    }
}
