import Foundation
import ZIPFoundation

/// Builds small .xlsx workbooks for tests, part by part with ZIPFoundation, the way Excel lays
/// them out: `[Content_Types].xml`, the workbook and its relationships, shared strings and one
/// worksheet. Cells are given as XML so a test can use every cell form (shared, inline, number).
public enum XLSXFixture {
    /// A cell of the sheet: `reference` (`B2`) and its XML inside `<c>`.
    public enum Cell: Sendable {
        /// A string stored in the shared-string table.
        case shared(String, String)
        /// A string written in the cell (`t="inlineStr"`).
        case inline(String, String)
        /// A number as written (`<v>2</v>`).
        case number(String, String)
    }

    /// Writes a workbook at `path` whose first sheet holds `rows` (each a row number and its cells).
    public static func write(rows: [(Int, [Cell])], to path: String, sheetPath: String = "worksheets/sheet1.xml") throws {
        var shared: [String] = []
        var sheet = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        sheet += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"#
        for (number, cells) in rows {
            sheet += #"<row r="\#(number)">"#
            for cell in cells {
                switch cell {
                case .shared(let reference, let text):
                    let index = shared.firstIndex(of: text) ?? { shared.append(text); return shared.count - 1 }()
                    sheet += #"<c r="\#(reference)" t="s"><v>\#(index)</v></c>"#
                case .inline(let reference, let text):
                    sheet += #"<c r="\#(reference)" t="inlineStr"><is><t>\#(escaped(text))</t></is></c>"#
                case .number(let reference, let value):
                    sheet += #"<c r="\#(reference)"><v>\#(value)</v></c>"#
                }
            }
            sheet += "</row>"
        }
        sheet += "</sheetData></worksheet>"
        var strings = #"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>"# + "\n"
        strings += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(shared.count)" uniqueCount="\#(shared.count)">"#
        for text in shared { strings += "<si><t xml:space=\"preserve\">\(escaped(text))</t></si>" }
        strings += "</sst>"
        let parts: [(String, String)] = [
            ("[Content_Types].xml", #"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/\#(sheetPath)" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"#),
            ("_rels/.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#),
            ("xl/workbook.xml", #"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="名单" sheetId="1" r:id="rId7"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="\#(sheetPath)"/><Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>"#),
            ("xl/sharedStrings.xml", strings),
            ("xl/\(sheetPath)", sheet),
        ]
        try? FileManager.default.removeItem(atPath: path)
        let archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .create)
        for (name, text) in parts {
            let data = Data(text.utf8)
            try archive.addEntry(with: name, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }

    private static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
    }
}
