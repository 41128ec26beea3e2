/// One worksheet part (`xl/worksheets/sheetN.xml`): the frozen header, the column widths and the rows.
enum XLSXWriterWorksheet {
    /// Style positions in `xl/styles.xml`'s `cellXfs`.
    enum Style: Int {
        case plain = 0
        case header = 1
        case wrapped = 2
    }

    static func xml(_ sheet: XLSXWriter.Sheet, strings: inout XLSXWriterSharedStrings) -> String {
        let columnCount = sheet.rows.reduce(0) { max($0, $1.count) }
        var widths = [Int](repeating: 0, count: columnCount)
        var rows = ""
        rows.reserveCapacity(sheet.rows.count * 64)
        for (rowPosition, cells) in sheet.rows.enumerated() {
            let rowNumber = rowPosition + 1
            let isHeader = rowPosition < sheet.headerRows
            rows += #"<row r="\#(rowNumber)">"#
            for (column, cell) in cells.enumerated() {
                let reference = columnName(column) + String(rowNumber)
                switch cell {
                case .number(let value):
                    widths[column] = max(widths[column], String(value).utf8.count)
                    let style = isHeader ? #" s="\#(Style.header.rawValue)""# : ""
                    rows += #"<c r="\#(reference)"\#(style)><v>\#(value)</v></c>"#
                case .text(let text):
                    if text.isEmpty && !isHeader { continue }
                    widths[column] = max(widths[column], XLSXWriterColumnWidth.displayWidth(text))
                    let style: Style = isHeader ? .header : (text.utf8.contains(0x0A) ? .wrapped : .plain)
                    let styleAttribute = style == .plain ? "" : #" s="\#(style.rawValue)""#
                    rows += #"<c r="\#(reference)"\#(styleAttribute) t="s"><v>\#(strings.position(of: text))</v></c>"#
                }
            }
            rows += "</row>"
        }
        var output = XLSXWriterPackageParts.declaration
        output += #"<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">"#
        if columnCount > 0 && !sheet.rows.isEmpty {
            output += #"<dimension ref="A1:\#(columnName(columnCount - 1))\#(sheet.rows.count)"/>"#
        }
        output += "<sheetViews>" + sheetView(headerRows: min(sheet.headerRows, sheet.rows.count)) + "</sheetViews>"
        output += #"<sheetFormatPr defaultRowHeight="15"/>"#
        if columnCount > 0 {
            output += "<cols>"
            for (column, width) in widths.enumerated() {
                let number = column + 1
                output += #"<col min="\#(number)" max="\#(number)" width="\#(XLSXWriterColumnWidth.width(forDisplayWidth: width))" customWidth="1"/>"#
            }
            output += "</cols>"
        }
        output += sheet.rows.isEmpty ? "<sheetData/>" : "<sheetData>" + rows + "</sheetData>"
        return output + "</worksheet>"
    }

    /// The view with the first `headerRows` rows frozen (none: a plain view).
    private static func sheetView(headerRows: Int) -> String {
        guard headerRows > 0 else { return #"<sheetView workbookViewId="0"/>"# }
        let topLeft = "A\(headerRows + 1)"
        return #"<sheetView workbookViewId="0"><pane ySplit="\#(headerRows)" topLeftCell="\#(topLeft)" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="\#(topLeft)" sqref="\#(topLeft)"/></sheetView>"#
    }

    /// A column's letters: 0 → A, 25 → Z, 26 → AA.
    static func columnName(_ column: Int) -> String {
        var number = column + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}
