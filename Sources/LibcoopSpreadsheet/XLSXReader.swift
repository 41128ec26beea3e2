import Foundation
import ZIPFoundation

/// Reads the first worksheet of an .xlsx workbook (Office Open XML, as Excel, WPS and LibreOffice
/// save it) as rows of text.
///
/// The workbook is a ZIP archive (ZIPFoundation); its parts are read with `XLSXXMLPullReader`:
/// `xl/workbook.xml` and its relationships name the first sheet's part, `xl/sharedStrings.xml`
/// holds the strings cells refer to by index. A cell's text is its shared or inline string, its
/// number as written (`2`, `3.5`; a whole number written `2.0` reads `2`), `TRUE`/`FALSE`, or
/// the cached result of a formula; missing cells are empty strings. Dates stay serial numbers.
public enum XLSXReader {
    /// Why the workbook cannot be read.
    public struct ReadError: Error, CustomStringConvertible {
        public var description: String
    }

    /// Parts larger than this are refused, so a small hostile archive cannot expand to fill
    /// memory (a "zip bomb").
    static let maximumPartSize = 256 << 20

    /// The rows of the workbook's first sheet.
    public static func rows(ofFile path: String) throws(ReadError) -> SpreadsheetRows {
        let archive: Archive
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw ReadError(description: "not an .xlsx workbook (cannot be opened as a ZIP archive)")
        }
        let sheetPath = try firstSheetPath(in: archive)
        let sharedStrings = try archive["xl/sharedStrings.xml"].map { entry throws(ReadError) in
            try Self.sharedStrings(in: part(entry, of: archive))
        } ?? []
        guard let sheet = archive[sheetPath] else { throw ReadError(description: "the workbook has no part \(sheetPath)") }
        return try rows(inSheet: part(sheet, of: archive), sharedStrings: sharedStrings)
    }

    // MARK: Parts

    static func part(_ entry: Entry, of archive: Archive) throws(ReadError) -> [UInt8] {
        guard entry.uncompressedSize <= UInt64(maximumPartSize) else {
            throw ReadError(description: "\(entry.path) is larger than \(maximumPartSize >> 20) MiB")
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(Int(entry.uncompressedSize))
        do {
            _ = try archive.extract(entry) { chunk in
                guard bytes.count + chunk.count <= maximumPartSize else { throw ReadError(description: "\(entry.path) is too large") }
                bytes += chunk
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(description: "\(entry.path) cannot be read: \(error)")
        }
        return bytes
    }

    /// The path in the archive of the first sheet the workbook lists (`xl/worksheets/sheet1.xml`
    /// when the workbook does not say).
    static func firstSheetPath(in archive: Archive) throws(ReadError) -> String {
        let fallback = "xl/worksheets/sheet1.xml"
        guard let workbookEntry = archive["xl/workbook.xml"] else {
            if archive[fallback] != nil { return fallback }
            throw ReadError(description: "not an .xlsx workbook (no xl/workbook.xml)")
        }
        var reader = XLSXXMLPullReader(bytes: try part(workbookEntry, of: archive))
        var relationship: String?
        do {
            while let event = try reader.next() {
                if case .start("sheet", let attributes, _) = event {
                    relationship = attributes.first { $0.key == "id" || $0.key.hasSuffix(":id") }?.value
                    break
                }
            }
        } catch {
            throw ReadError(description: "xl/workbook.xml is not well-formed: \(error.message)")
        }
        guard let relationship, let relationshipsEntry = archive["xl/_rels/workbook.xml.rels"] else { return fallback }
        var relationships = XLSXXMLPullReader(bytes: try part(relationshipsEntry, of: archive))
        do {
            while let event = try relationships.next() {
                guard case .start("Relationship", let attributes, _) = event, attributes["Id"] == relationship,
                      let target = attributes["Target"] else { continue }
                return target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            }
        } catch {
            throw ReadError(description: "xl/_rels/workbook.xml.rels is not well-formed: \(error.message)")
        }
        return fallback
    }

    /// The shared strings in order: each `<si>`'s text, runs (`<r><t>`) joined, phonetic
    /// readings (`<rPh>`) left out.
    static func sharedStrings(in bytes: [UInt8]) throws(ReadError) -> [String] {
        var reader = XLSXXMLPullReader(bytes: bytes)
        var strings: [String] = []
        var current: String?
        do {
            while let event = try reader.next() {
                switch event {
                case .start("si", _, let isEmpty):
                    if isEmpty { strings.append("") } else { current = "" }
                case .start("rPh", _, false), .start("phoneticPr", _, false):
                    try reader.skipElement()
                case .start("t", _, false):
                    let text = try reader.textOfElement()
                    current? += text
                case .end("si"):
                    strings.append(current ?? "")
                    current = nil
                default:
                    continue
                }
            }
        } catch {
            throw ReadError(description: "xl/sharedStrings.xml is not well-formed: \(error.message)")
        }
        return strings
    }

    /// The rows of a worksheet part, numbered as their `r` attributes say (else one after the
    /// row before); rows with no cells are left out.
    static func rows(inSheet bytes: [UInt8], sharedStrings: [String]) throws(ReadError) -> SpreadsheetRows {
        var reader = XLSXXMLPullReader(bytes: bytes)
        var rows: [SpreadsheetRows.Row] = []
        var rowNumber = 0
        var cells: [String] = []
        var nextColumn = 0
        do {
            while let event = try reader.next() {
                switch event {
                case .start("row", let attributes, let isEmpty):
                    rowNumber = attributes["r"].flatMap { Int($0) } ?? rowNumber + 1
                    cells = []
                    nextColumn = 0
                    if isEmpty { continue }
                case .end("row"):
                    if !cells.isEmpty { rows.append(SpreadsheetRows.Row(number: rowNumber, cells: cells)) }
                case .start("c", let attributes, let isEmpty):
                    let column = attributes["r"].flatMap { XLSXCellReference($0)?.column } ?? nextColumn
                    nextColumn = column + 1
                    let text = isEmpty ? "" : try cellText(type: attributes["t"], reader: &reader, sharedStrings: sharedStrings)
                    guard column < 16_384 else { throw ReadError(description: "a cell beyond column XFD") }
                    if !text.isEmpty {
                        if cells.count <= column { cells += Array(repeating: "", count: column + 1 - cells.count) }
                        cells[column] = text
                    }
                default:
                    continue
                }
            }
        } catch let error as ReadError {
            throw error
        } catch {
            throw ReadError(description: "the worksheet is not well-formed: \((error as? XLSXXMLPullReader.SyntaxError)?.message ?? "\(error)")")
        }
        return SpreadsheetRows(rows: rows)
    }

    /// The text of the cell just started, reading up to its end tag.
    private static func cellText(
        type: String?, reader: inout XLSXXMLPullReader, sharedStrings: [String]
    ) throws -> String {
        var value: String?
        var inline = ""
        while let event = try reader.next() {
            switch event {
            case .start("v", _, false):
                value = try reader.textOfElement()
            case .start("t", _, false):
                inline += try reader.textOfElement()
            case .start("rPh", _, false):
                try reader.skipElement()
            case .end("c"):
                switch type {
                case "s":
                    guard let index = value.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                          sharedStrings.indices.contains(index) else {
                        throw ReadError(description: "a cell refers to a shared string that does not exist")
                    }
                    return sharedStrings[index]
                case "inlineStr": return inline
                case "b": return value == "1" ? "TRUE" : "FALSE"
                case "str", "e": return value ?? ""
                default: return value.map(numberText) ?? ""
                }
            default:
                continue
            }
        }
        throw ReadError(description: "a cell is never closed")
    }

    /// A number as written, a whole number without its `.0`.
    static func numberText(_ raw: String) -> String {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        if trimmed.hasSuffix(".0"), let whole = Int(trimmed.dropLast(2)) { return String(whole) }
        if let value = Double(trimmed), value == value.rounded(), abs(value) < 1e15, trimmed.contains("E") || trimmed.contains("e") {
            return String(Int(value))
        }
        return trimmed
    }
}
