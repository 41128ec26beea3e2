/// The one canonical layout of a dataset file (`libcoop fmt`): members in the order the record
/// kinds declare them, two-space indent, one member per line, lists of plain values on one line,
/// UTF-8 without escapes other than those JSON needs, one line break at the end.
///
/// It never changes a value: numbers, `true`/`false`/`null` and member names are copied byte for
/// byte, and strings are only re-escaped (`StringEscaping`). Formatting formatted text gives the
/// same text. A byte order mark is kept.
public enum DatasetFormatter {
    /// `bytes` in canonical layout; throws when they are not one well-formed JSON value.
    public static func formatted(_ bytes: [UInt8]) throws(RecordWriteError) -> [UInt8] {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        let hasBOM = bytes.starts(with: bom)
        let json = hasBOM ? Array(bytes.dropFirst(3)) : bytes
        do {
            let laidOut = try JSONLayout.laidOut(
                json, indentation: [], description: RecordType.root.recordDescription, unescapingStrings: true
            )
            return (hasBOM ? bom : []) + laidOut + [UInt8(ascii: "\n")]
        } catch {
            throw RecordWriteError.syntax(error, in: json)
        }
    }
}
