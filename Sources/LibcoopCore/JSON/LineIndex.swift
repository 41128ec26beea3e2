/// Turns byte offsets into 1-based line and column numbers for messages.
///
/// Columns count Unicode characters (scalars), as editors show them, not bytes: a name of three
/// Chinese characters advances the column by three. Built only when there is something to report.
struct LineIndex {
    private let lineStarts: [Int]
    private let bytes: UnsafeBufferPointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0]
        for index in bytes.indices where bytes[index] == 0x0A { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The line and column of the byte at `offset` (clamped to the end of the file).
    func location(ofOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
