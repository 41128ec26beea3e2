/// A record's JSON with some members set to new strings and every other member kept byte for
/// byte: what an import writes for a record it updates. The result is compact; `RecordWriter`
/// lays it out (declared member order, the record's own indentation).
enum RecordPatch {
    /// `recordJSON` (one object) with each of `members` set to its string, added when absent.
    static func setting(_ members: [(name: String, value: String)], in recordJSON: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
        try setting(json: members.map { ($0.name, StringEscaping.quoted($0.value)) }, in: recordJSON)
    }

    /// `recordJSON` (one object) with each of `members` set to a JSON value's text (a list of
    /// sources), added when absent.
    static func setting(json members: [(name: String, json: [UInt8])], in recordJSON: [UInt8]) throws(JSONSyntaxError) -> [UInt8] {
        let value = try recordJSON.withUnsafeBufferPointer { buffer throws(JSONSyntaxError) -> JSONLayout.Value in
            var reader = JSONReader(bytes: buffer)
            let value = try JSONLayout.Value.read(from: &reader)
            try reader.expectEnd()
            return value
        }
        guard case .object(var existing) = value else { return recordJSON }
        for member in members {
            let token = member.json
            if let index = existing.firstIndex(where: { $0.key == member.name }) {
                existing[index].value = .scalar(token)
            } else {
                existing.append((member.name, StringEscaping.quoted(member.name), .scalar(token)))
            }
        }
        var output: [UInt8] = []
        write(.object(existing), to: &output)
        return output
    }

    /// A new record: `members` in order, each a name and a JSON value's text.
    static func object(_ members: [(name: String, json: [UInt8])]) -> [UInt8] {
        var output: [UInt8] = [UInt8(ascii: "{")]
        for (position, member) in members.enumerated() {
            if position > 0 { output.append(UInt8(ascii: ",")) }
            output += StringEscaping.quoted(member.name) + [UInt8(ascii: ":")] + member.json
        }
        output.append(UInt8(ascii: "}"))
        return output
    }

    private static func write(_ value: JSONLayout.Value, to output: inout [UInt8]) {
        switch value {
        case .scalar(let bytes): output += bytes
        case .array(let elements):
            output.append(UInt8(ascii: "["))
            for (position, element) in elements.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                write(element, to: &output)
            }
            output.append(UInt8(ascii: "]"))
        case .object(let members):
            output.append(UInt8(ascii: "{"))
            for (position, member) in members.enumerated() {
                if position > 0 { output.append(UInt8(ascii: ",")) }
                output += member.keyBytes + [UInt8(ascii: ":")]
                write(member.value, to: &output)
            }
            output.append(UInt8(ascii: "}"))
        }
    }
}
