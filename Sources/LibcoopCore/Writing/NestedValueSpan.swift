/// Where a value anywhere in a dataset file lies in its bytes, found by its JSON pointer with the
/// pull parser (`/libraries/1/floors/2/spaces/0`): what writing a record nested in another one
/// (a space in its library) needs, so only that record's bytes change.
struct NestedValueSpan {
    /// The value's bytes, from its first to its last character.
    var range: Range<Int>
    /// For an array, each element's bytes.
    var elements: [Range<Int>]

    /// The value at `pointer`, or `nil` when the file has none there.
    static func locate(
        _ pointer: JSONPointer, in bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int
    ) throws(JSONSyntaxError) -> NestedValueSpan? {
        var reader = JSONReader(bytes: bytes, startingAt: start)
        for component in pointer.components {
            switch component {
            case .key(let name):
                guard try reader.peekKind() == .object else { return nil }
                try reader.beginObject()
                let wanted = Array(name.utf8)
                var isFirst = true
                var found = false
                while let key = try reader.nextRawKey(isFirst: &isFirst) {
                    if key.equals(wanted, in: bytes) {
                        found = true
                        break
                    }
                    try reader.skipValue()
                }
                guard found else { return nil }
            case .index(let index):
                guard try reader.peekKind() == .array else { return nil }
                try reader.beginArray()
                var isFirst = true
                var position = 0
                var found = false
                while try reader.nextElement(isFirst: &isFirst) {
                    if position == index {
                        found = true
                        break
                    }
                    try reader.skipValue()
                    position += 1
                }
                guard found else { return nil }
            }
        }
        reader.skipWhitespace()
        let valueStart = reader.position
        var elements: [Range<Int>] = []
        if try reader.peekKind() == .array {
            try reader.beginArray()
            var isFirst = true
            while try reader.nextElement(isFirst: &isFirst) {
                reader.skipWhitespace()
                let elementStart = reader.position
                try reader.skipValue()
                elements.append(elementStart..<reader.position)
            }
        } else {
            try reader.skipValue()
        }
        return NestedValueSpan(range: valueStart..<reader.position, elements: elements)
    }
}
