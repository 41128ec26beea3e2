/// Writing records that sit anywhere in a file, named by JSON pointer: a space inside its
/// library's floor, or a person in the top-level `staff` array. As with the rest of
/// `RecordWriter`, every byte outside the record changes nothing.
extension RecordWriter {
    /// `bytes` with the value at `pointer` replaced by `recordJSON`, laid out in house style at the
    /// old value's indentation, on one line when the old value stood on one line.
    public static func replacing(
        valueAt pointer: JSONPointer, in bytes: [UInt8], with recordJSON: [UInt8], kind: RecordType
    ) throws(RecordWriteError) -> [UInt8] {
        let span = try locate(pointer, in: bytes)
        let (indentation, oneLine) = bytes.withUnsafeBufferPointer { buffer in
            (RecordSpan.indentation(before: span.range.lowerBound, in: buffer), !buffer[span.range].contains(UInt8(ascii: "\n")))
        }
        let record = try laidOut(recordJSON, indentation: indentation, kind: kind, oneLine: oneLine)
        return Array(bytes[..<span.range.lowerBound]) + record + bytes[span.range.upperBound...]
    }

    /// `bytes` with `recordJSON` added as the last element of the array at `pointer`, laid out
    /// like the element before it (on one line when it stands on one line). When the array's
    /// parent object has no such member, the member is added as the object's last.
    public static func appending(
        _ recordJSON: [UInt8], toArrayAt pointer: JSONPointer, in bytes: [UInt8], kind: RecordType
    ) throws(RecordWriteError) -> [UInt8] {
        guard let span = try locateIfPresent(pointer, in: bytes) else {
            guard case .key(let name)? = pointer.components.last else {
                throw RecordWriteError(message: "the file has no array at \(pointer)")
            }
            return try addingArrayMember(name, holding: recordJSON, to: JSONPointer(Array(pointer.components.dropLast())), in: bytes, kind: kind)
        }
        guard bytes[span.range.lowerBound] == UInt8(ascii: "[") else { throw RecordWriteError(message: "\(pointer) is not an array") }
        return try bytes.withUnsafeBufferPointer { buffer throws(RecordWriteError) -> [UInt8] in
            if let last = span.elements.last {
                let indentation = RecordSpan.indentation(before: last.lowerBound, in: buffer)
                let oneLine = !buffer[last].contains(UInt8(ascii: "\n"))
                let record = try laidOut(recordJSON, indentation: indentation, kind: kind, oneLine: oneLine)
                return Array(bytes[..<last.upperBound]) + Array(",\n".utf8) + indentation + record + bytes[last.upperBound...]
            }
            let outer = RecordSpan.indentation(before: span.range.lowerBound, in: buffer)
            let inner = outer + [0x20, 0x20]
            let record = try laidOut(recordJSON, indentation: inner, kind: kind, oneLine: true)
            return Array(bytes[..<span.range.lowerBound]) + Array("[\n".utf8) + inner + record + [0x0A] + outer + Array("]".utf8)
                + bytes[span.range.upperBound...]
        }
    }

    // MARK: Helpers

    private static func locate(_ pointer: JSONPointer, in bytes: [UInt8]) throws(RecordWriteError) -> NestedValueSpan {
        guard let span = try locateIfPresent(pointer, in: bytes) else { throw RecordWriteError(message: "the file has no value at \(pointer)") }
        return span
    }

    private static func locateIfPresent(_ pointer: JSONPointer, in bytes: [UInt8]) throws(RecordWriteError) -> NestedValueSpan? {
        try bytes.withUnsafeBufferPointer { buffer throws(RecordWriteError) -> NestedValueSpan? in
            do {
                return try NestedValueSpan.locate(pointer, in: buffer, startingAt: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0)
            } catch {
                throw RecordWriteError(message: "the file is not well-formed JSON: \((error as? JSONSyntaxError)?.message ?? "\(error)")")
            }
        }
    }

    private static func laidOut(_ json: [UInt8], indentation: [UInt8], kind: RecordType, oneLine: Bool) throws(RecordWriteError) -> [UInt8] {
        do {
            return try JSONLayout.laidOut(json, indentation: indentation, description: kind.recordDescription, oneLine: oneLine)
        } catch {
            throw RecordWriteError.syntax(error, in: json)
        }
    }

    /// Adds `"name": [record]` as the last member of the object at `objectPointer`.
    private static func addingArrayMember(
        _ name: String, holding recordJSON: [UInt8], to objectPointer: JSONPointer, in bytes: [UInt8], kind: RecordType
    ) throws(RecordWriteError) -> [UInt8] {
        let object = try locate(objectPointer, in: bytes)
        guard bytes[object.range.lowerBound] == UInt8(ascii: "{") else { throw RecordWriteError(message: "\(objectPointer) is not an object") }
        let closing = object.range.upperBound - 1
        var contentEnd = closing
        while contentEnd > object.range.lowerBound, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[contentEnd - 1]) { contentEnd -= 1 }
        let isEmpty = contentEnd - 1 == object.range.lowerBound
        let outer = bytes.withUnsafeBufferPointer { RecordSpan.indentation(before: object.range.lowerBound, in: $0) }
        let member = outer + [0x20, 0x20]
        let element = member + [0x20, 0x20]
        let record = try laidOut(recordJSON, indentation: element, kind: kind, oneLine: true)
        var inserted = Array((isEmpty ? "\n" : ",\n").utf8) + member
        inserted += StringEscaping.quoted(name) + Array(": [\n".utf8) + element + record + [0x0A] + member + Array("]\n".utf8) + outer
        return Array(bytes[..<contentEnd]) + inserted + bytes[closing...]
    }
}
