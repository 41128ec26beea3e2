/// The workbook's shared-string table: each distinct text once, cells refer to it by position
/// (a library's name on 60,000 staff rows is stored once).
struct XLSXWriterSharedStrings {
    private var positions: [String: Int] = [:]
    private var strings: [String] = []
    /// How many cells refer to the table (the part's `count`).
    private var references = 0

    /// The position of `text`, added when new.
    mutating func position(of text: String) -> Int {
        references += 1
        if let position = positions[text] { return position }
        positions[text] = strings.count
        strings.append(text)
        return strings.count - 1
    }

    /// `xl/sharedStrings.xml`; every string keeps its spaces (`xml:space="preserve"`).
    var xml: String {
        var output = XLSXWriterPackageParts.declaration
        output += #"<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="\#(references)" uniqueCount="\#(strings.count)">"#
        for text in strings {
            output += #"<si><t xml:space="preserve">"#
            output += XLSXWriterXML.escaped(text)
            output += "</t></si>"
        }
        return output + "</sst>"
    }
}
