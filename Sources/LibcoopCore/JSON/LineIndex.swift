/// Turns byte offsets into 1-based line and column numbers for messages.
///
/// Columns count Unicode characters (scalars), as editors show them, not bytes: a name of three
/// Chinese characters advances the column by three. Built only when there is something to report.
///
/// A minified dataset is one line of hundreds of megabytes with possibly a million problems on
/// it, so a column is never counted from the start of its line: the column at every
/// `checkpointStride`-th byte is recorded while the index is built, and a lookup counts at most
/// that many bytes.
struct LineIndex {
    static let checkpointStride = 1024
    private let lineStarts: [Int]
    /// `checkpointColumns[k]`: the column of the byte at `k * checkpointStride` on its line.
    private let checkpointColumns: [Int]
    private let bytes: UnsafeBufferPointer<UInt8>

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        var starts = [0]
        var checkpoints: [Int] = []
        checkpoints.reserveCapacity(bytes.count / Self.checkpointStride + 1)
        var column = 1
        for index in bytes.indices {
            if index % Self.checkpointStride == 0 { checkpoints.append(column) }
            let byte = bytes[index]
            if byte == 0x0A {
                starts.append(index + 1)
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        lineStarts = starts
        checkpointColumns = checkpoints
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
        let checkpoint = clamped / Self.checkpointStride
        if checkpoint < checkpointColumns.count, checkpoint * Self.checkpointStride >= index {
            index = checkpoint * Self.checkpointStride
            column = checkpointColumns[checkpoint]
        }
        while index < clamped {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (low + 1, column)
    }
}
