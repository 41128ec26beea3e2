/// Where one top-level record lies in a dataset file's bytes, found by reading the file again with
/// the pull parser: the record's own bytes (from `{` to `}`), the whitespace its line starts with,
/// and where the array holding it begins and ends.
struct RecordSpan {
    /// The record's bytes, from its opening to its closing brace.
    var range: Range<Int>
    /// The spaces and tabs before the record on its line (the array's element indentation).
    var indentation: [UInt8]
    /// The end of the previous element, or the position after `[` for the first one.
    var previousEnd: Int
    /// The start of the next element (`nil` for the last one).
    var nextStart: Int?

    /// The record at `index` of the top-level array `arrayName`, or `nil` when the file has no
    /// such element. Throws when the file is not well-formed JSON up to that record.
    static func locate(
        arrayNamed arrayName: String, index: Int, in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int
    ) throws(JSONSyntaxError) -> RecordSpan? {
        guard let array = try ArraySpan.locate(arrayNamed: arrayName, in: bytes, startingAt: start),
              index < array.elements.count else { return nil }
        let range = array.elements[index]
        return RecordSpan(
            range: range,
            indentation: indentation(before: range.lowerBound, in: bytes),
            previousEnd: index == 0 ? array.opening + 1 : array.elements[index - 1].upperBound,
            nextStart: index + 1 < array.elements.count ? array.elements[index + 1].lowerBound : nil
        )
    }

    /// The spaces and tabs between the start of the line holding `offset` and `offset`.
    static func indentation(before offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var lineStart = offset
        while lineStart > 0, bytes[lineStart - 1] != UInt8(ascii: "\n") { lineStart -= 1 }
        return Array(bytes[lineStart..<offset]).prefix { $0 == 0x20 || $0 == 0x09 }
    }
}

/// A top-level array of a dataset file: where its `[` and `]` are and each element's bytes.
struct ArraySpan {
    var opening: Int
    var closing: Int
    var elements: [Range<Int>]

    static func locate(arrayNamed arrayName: String, in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int) throws(JSONSyntaxError) -> ArraySpan? {
        var reader = JSONReader(bytes: bytes, startingAt: start)
        guard try reader.peekKind() == .object else { return nil }
        try reader.beginObject()
        let name = Array(arrayName.utf8)
        var isFirst = true
        while let key = try reader.nextRawKey(isFirst: &isFirst) {
            guard key.equals(name, in: bytes) else {
                try reader.skipValue()
                continue
            }
            guard try reader.peekKind() == .array else { return nil }
            let opening = reader.position
            try reader.beginArray()
            var elements: [Range<Int>] = []
            var isFirstElement = true
            while try reader.nextElement(isFirst: &isFirstElement) {
                reader.skipWhitespace()
                let elementStart = reader.position
                try reader.skipValue()
                elements.append(elementStart..<reader.position)
            }
            return ArraySpan(opening: opening, closing: reader.position - 1, elements: elements)
        }
        return nil
    }
}
