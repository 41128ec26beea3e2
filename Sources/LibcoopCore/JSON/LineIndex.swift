/// Turns byte offsets into 1-based line and column numbers for messages.
///
/// Columns count Unicode characters (scalars), as editors show them, not bytes: a name of three
/// Chinese characters advances the column by three.
///
/// A minified dataset is one line of hundreds of megabytes with possibly a million problems on
/// it, so no column is counted from the start of its line: the offsets are taken in ascending
/// order and the text is walked once, from each offset to the next, whatever the number of
/// problems or lines.
enum LineIndex {
    /// The line and column of each of `offsets`, which must be in ascending order; an offset
    /// outside the text is taken as its nearest end.
    static func locations(ofAscending offsets: [Int], in bytes: UnsafeBufferPointer<UInt8>) -> [(line: Int, column: Int)] {
        var locations: [(line: Int, column: Int)] = []
        locations.reserveCapacity(offsets.count)
        var line = 1
        var column = 1
        var index = 0
        for offset in offsets {
            let target = max(index, min(offset, bytes.count))
            while index < target {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            locations.append((line, column))
        }
        return locations
    }
}
