import Foundation
import ZIPFoundation

/// Writes an Office Open XML workbook (`.xlsx`) that Excel, WPS, LibreOffice and openpyxl read:
/// one worksheet per `Sheet`, strings in a shared-string table, whole numbers as numbers, the
/// header rows bold and frozen, columns as wide as their widest text (a Chinese character counts
/// two), text made legal XML (`XLSXWriterXML`).
///
/// The workbook is the minimal set of parts the format requires — `[Content_Types].xml`,
/// `_rels/.rels`, `docProps/core.xml` (the title), `xl/workbook.xml` and its relationships,
/// `xl/styles.xml`, `xl/sharedStrings.xml` and `xl/worksheets/sheetN.xml` — zipped with deflate.
/// It does not neutralise formula-like text: a string cell is never evaluated, and callers that
/// want a leading `'` (as the CLI does for CSV and xlsx alike) add it to the text.
public enum XLSXWriter {
    /// The bytes of `workbook` as an `.xlsx` file. The same workbook always gives the same bytes
    /// (entries carry a fixed date), so output can be compared.
    public static func bytes(_ workbook: Workbook) throws -> [UInt8] {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw WriteError(message: "cannot create the workbook in memory: \(error)")
        }
        let names = XLSXWriterSheetNames.unique(workbook.sheets.map(\.name))
        var strings = XLSXWriterSharedStrings()
        var worksheets: [String] = []
        for sheet in workbook.sheets {
            worksheets.append(XLSXWriterWorksheet.xml(sheet, strings: &strings))
        }
        var parts: [(path: String, text: String)] = [
            ("[Content_Types].xml", XLSXWriterPackageParts.contentTypes(sheetCount: workbook.sheets.count)),
            ("_rels/.rels", XLSXWriterPackageParts.rootRelationships),
            ("docProps/core.xml", XLSXWriterPackageParts.coreProperties(title: workbook.title)),
            ("xl/workbook.xml", XLSXWriterPackageParts.workbook(sheetNames: names)),
            ("xl/_rels/workbook.xml.rels", XLSXWriterPackageParts.workbookRelationships(sheetCount: workbook.sheets.count)),
            ("xl/styles.xml", XLSXWriterPackageParts.styles),
            ("xl/sharedStrings.xml", strings.xml),
        ]
        for (position, worksheet) in worksheets.enumerated() {
            parts.append(("xl/worksheets/sheet\(position + 1).xml", worksheet))
        }
        for part in parts {
            let data = Data(part.text.utf8)
            do {
                try archive.addEntry(
                    with: part.path, type: .file, uncompressedSize: Int64(data.count), modificationDate: fixedDate,
                    compressionMethod: .deflate
                ) { position, size in
                    data.subdata(in: Int(position)..<Int(position) + size)
                }
            } catch {
                throw WriteError(message: "cannot add \(part.path) to the workbook: \(error)")
            }
        }
        guard let data = archive.data else { throw WriteError(message: "the workbook was not kept in memory") }
        return [UInt8](data)
    }

    /// The date every entry of the archive carries (2001-01-01), so output is reproducible.
    private static let fixedDate = Date(timeIntervalSinceReferenceDate: 0)

    /// A workbook that could not be put together (ZIPFoundation failed).
    public struct WriteError: Error, CustomStringConvertible {
        public var message: String
        public var description: String { message }
    }
}
