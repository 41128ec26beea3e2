import Foundation
import LibcoopTestSupport
import Testing

/// The browser's `x` in a real terminal: the Staff tab of 雨花台区图书馆 exported to the name it
/// suggests in the current directory, a second export to the same name answered "no" (the file is
/// kept), then the same table as xlsx.
@Suite("Browser export end to end in tmux", .serialized, .enabled(if: EndToEnd.shouldRun))
struct BrowserExportEndToEndTests {
    let browser = BrowserEndToEndTests()

    @Test("x on the Staff tab writes the CSV it names, asks before replacing it, and writes xlsx by extension")
    func exportStaffToCSVAndXLSX() throws {
        let (session, folder) = try browser.start(width: 100, height: 30, inFolder: true)
        defer { session.close(); folder.remove() }
        try session.sendKeys("j", "3")
        _ = try #require(try session.waitFor("张庆文"), "the Staff tab did not open: \(browser.shown(session))")
        try session.sendKeys("x")
        let prompt = try #require(try session.waitFor("导出到"), "x opened no prompt: \(browser.shown(session))")
        let suggested = try #require(prompt.last?.range(of: #"yuhuatai-staff-\d{4}-\d{2}-\d{2}\.csv"#, options: .regularExpression)
            .map { String(prompt.last![$0]) }, "no name suggested: \(prompt.last ?? "")")
        try session.sendKeys("Enter")
        _ = try #require(try session.waitFor("已导出 2 行到 \(suggested)"), "no confirmation: \(browser.shown(session))")
        let csv = try #require(try? Data(contentsOf: URL(fileURLWithPath: folder.path(suggested))))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: csv.dropFirst(3), as: UTF8.self)
        #expect(text.hasPrefix("编号,姓名,") && text.contains("张庆文") && !text.contains("焦翔"), "\(text)")

        try session.sendKeys("x", "Enter")
        _ = try #require(try session.waitFor("\(suggested) 已存在，替换吗？(y/N)"), "no question: \(browser.shown(session))")
        try session.sendKeys("n")
        _ = try #require(try session.waitFor("未导出"), "\(browser.shown(session))")
        #expect((try? Data(contentsOf: URL(fileURLWithPath: folder.path(suggested)))) == csv, "the file is kept as it was")

        try session.sendKeys("x", "BSpace", "BSpace", "BSpace")
        try session.type("xlsx")
        try session.sendKeys("Enter")
        let workbook = suggested.replacingOccurrences(of: ".csv", with: ".xlsx")
        _ = try #require(try session.waitFor("已导出 2 行到 \(workbook)"), "no xlsx: \(browser.shown(session))")
        let bytes = try #require(try? Data(contentsOf: URL(fileURLWithPath: folder.path(workbook))))
        #expect(bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]), "a zip archive")
        #expect(try folder.entries().filter { !["pid", "run.sh"].contains($0) }.sorted() == [suggested, workbook].sorted(),
                "no temporary file left behind")
        try session.sendKeys("q")
        try browser.checks.expectRestored(session, folder, status: [0])
    }
}
