/// Changes one record in a dataset file's bytes and leaves every other byte as it was, so a diff
/// of the file shows only that record: a record replaced, appended to its kind's array, or removed
/// with the comma that separated it.
///
/// A written record is laid out in the house style (`JSONLayout`: declared member order,
/// two-space indent matching the array it sits in, UTF-8 as written); a replaced record that stood
/// on one line stays on one line. Each call reads the file's
/// bytes once with the pull parser to find the record; none of them checks the result against the
/// format: validate the new bytes (`DatasetLoader.load(paths:substituting:)`) before writing them.
public enum RecordWriter {
    /// The record at `place` in house layout at no indentation: what an editor shows.
    public static func recordText(at place: RecordPlace, in bytes: [UInt8]) throws(RecordWriteError) -> [UInt8] {
        let span = try locate(place, in: bytes)
        return try layout(Array(bytes[span.range]), indentation: [], place: place, placing: nil)
    }

    /// `bytes` with the record at `place` replaced by `recordJSON` (one JSON value, laid out to
    /// fit), and the range the new record occupies in the result.
    public static func replacing(
        recordAt place: RecordPlace, in bytes: [UInt8], with recordJSON: [UInt8]
    ) throws(RecordWriteError) -> (bytes: [UInt8], recordRange: Range<Int>) {
        let span = try locate(place, in: bytes)
        let wasOnOneLine = !bytes[span.range].contains(UInt8(ascii: "\n"))
        let record = try layout(recordJSON, indentation: span.indentation, place: place, placing: recordJSON, oneLine: wasOnOneLine)
        var result = Array(bytes[..<span.range.lowerBound])
        result.reserveCapacity(bytes.count + record.count)
        result += record
        result += bytes[span.range.upperBound...]
        return (result, span.range.lowerBound..<(span.range.lowerBound + record.count))
    }

    /// `bytes` with `recordJSON` added as the last element of the top-level array `array`, on its
    /// own line; when the file has no such array, the array is added as the root's last member.
    public static func appending(_ recordJSON: [UInt8], to array: Dataset.Field, in bytes: [UInt8]) throws(RecordWriteError) -> [UInt8] {
        let start = jsonStart(of: bytes)
        let located = try bytes.withUnsafeBufferPointer { buffer throws(RecordWriteError) -> (ArraySpan?, [UInt8]) in
            do {
                guard let span = try ArraySpan.locate(arrayNamed: array.rawValue, in: buffer, startingAt: start) else { return (nil, []) }
                let indentation = span.elements.last.map { RecordSpan.indentation(before: $0.lowerBound, in: buffer) }
                    ?? RecordSpan.indentation(before: span.opening, in: buffer) + [0x20, 0x20]
                return (span, indentation)
            } catch {
                throw RecordWriteError(message: "the file is not well-formed JSON: \((error as? JSONSyntaxError)?.message ?? "\(error)")")
            }
        }
        let place = RecordPlace(array: array, index: 0)
        guard let span = located.0 else {
            return try addingArray(recordJSON, array: array, in: bytes, start: start, place: place)
        }
        let record = try layout(recordJSON, indentation: located.1, place: place, placing: recordJSON)
        var result: [UInt8]
        if let last = span.elements.last {
            result = Array(bytes[..<last.upperBound])
            result += Array(",\n".utf8) + located.1 + record
            result += bytes[last.upperBound...]
        } else {
            let closingIndentation = Array(located.1.dropLast(2))
            result = Array(bytes[...span.opening])
            result += [UInt8(ascii: "\n")] + located.1 + record + [UInt8(ascii: "\n")] + closingIndentation
            result += bytes[span.closing...]
        }
        return result
    }

    /// `bytes` without the record at `place` and the comma (and line break) that separated it
    /// from its neighbour.
    public static func removing(recordAt place: RecordPlace, in bytes: [UInt8]) throws(RecordWriteError) -> [UInt8] {
        let span = try locate(place, in: bytes)
        let removed: Range<Int>
        if let nextStart = span.nextStart {
            // From this record's start to the next one's: its comma and the line break go with it.
            removed = span.range.lowerBound..<nextStart
        } else if place.index > 0 {
            // The last one: from the previous element's end, taking the comma before it.
            removed = span.previousEnd..<span.range.upperBound
        } else {
            // The only one: the array becomes `[]`.
            removed = span.previousEnd..<(span.range.upperBound + trailingWhitespace(after: span.range.upperBound, in: bytes))
        }
        return Array(bytes[..<removed.lowerBound]) + bytes[removed.upperBound...]
    }

    // MARK: Helpers

    private static func jsonStart(of bytes: [UInt8]) -> Int {
        bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    private static func trailingWhitespace(after offset: Int, in bytes: [UInt8]) -> Int {
        var count = 0
        while offset + count < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[offset + count]) { count += 1 }
        return count
    }

    private static func locate(_ place: RecordPlace, in bytes: [UInt8]) throws(RecordWriteError) -> RecordSpan {
        let found = try bytes.withUnsafeBufferPointer { buffer throws(RecordWriteError) -> RecordSpan? in
            do {
                return try RecordSpan.locate(arrayNamed: place.array.rawValue, index: place.index, in: buffer, startingAt: jsonStart(of: bytes))
            } catch {
                throw RecordWriteError(message: "the file is not well-formed JSON: \((error as? JSONSyntaxError)?.message ?? "\(error)")")
            }
        }
        guard let found else { throw RecordWriteError(message: "the file has no record at \(place.pointer)") }
        return found
    }

    /// `json` laid out at `indentation`; a syntax error is placed in `placing` (the caller's text)
    /// when given, else reported as a problem of the file.
    private static func layout(
        _ json: [UInt8], indentation: [UInt8], place: RecordPlace, placing: [UInt8]?, oneLine: Bool = false
    ) throws(RecordWriteError) -> [UInt8] {
        do {
            return try JSONLayout.laidOut(json, indentation: indentation, description: place.recordType?.recordDescription, oneLine: oneLine)
        } catch {
            if let placing { throw RecordWriteError.syntax(error, in: placing) }
            throw RecordWriteError(message: "the file is not well-formed JSON: \(error.message)")
        }
    }

    /// Adds `"array": [record]` as the root object's last member.
    private static func addingArray(
        _ recordJSON: [UInt8], array: Dataset.Field, in bytes: [UInt8], start: Int, place: RecordPlace
    ) throws(RecordWriteError) -> [UInt8] {
        guard let closing = bytes.lastIndex(of: UInt8(ascii: "}")), closing >= start else {
            throw RecordWriteError(message: "the file does not hold a JSON object")
        }
        var contentEnd = closing
        while contentEnd > start, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[contentEnd - 1]) { contentEnd -= 1 }
        let isEmpty = bytes[contentEnd - 1] == UInt8(ascii: "{")
        let record = try layout(recordJSON, indentation: [0x20, 0x20, 0x20, 0x20], place: place, placing: recordJSON)
        var result = Array(bytes[..<contentEnd])
        result += Array((isEmpty ? "\n" : ",\n").utf8)
        result += Array("  \"\(array.rawValue)\": [\n    ".utf8) + record + Array("\n  ]\n".utf8)
        result += bytes[closing...]
        return result
    }
}
