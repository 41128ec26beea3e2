/// Reads typed values from a `JSONReader`, recording a problem and skipping the value when it is
/// of the wrong type, so one file yields every problem in one pass.
///
/// Syntax errors still throw: past a syntax error nothing in the file can be trusted. The current
/// JSON pointer is kept as a stack of components and only turned into text for a problem.
final class FieldDecoder {
    var reader: JSONReader
    let file: Int
    private(set) var problems: [PendingProblem] = []
    /// Ids of records that were left out because they had problems; references to them are not
    /// reported again as dangling.
    private(set) var droppedIdentifiers: Set<String> = []
    private var path: [JSONPointer.Component] = []
    private var interner = TextInterner()
    /// The last list of references read, and the buffer the next one is read into.
    private var lastList: [String] = []
    private var listBuffer: [String] = []

    init(reader: JSONReader, file: Int) {
        self.reader = reader
        self.file = file
    }

    // MARK: Problems

    var pointer: JSONPointer { JSONPointer(path) }

    func report(_ code: Diagnostic.Code, _ message: String, at offset: Int? = nil) {
        problems.append(PendingProblem(file: file, offset: offset ?? reader.position, pointer: pointer, code: code, message: message))
    }

    /// Records the syntax error that ended reading; it has a place but no pointer.
    func reportSyntax(_ error: JSONSyntaxError) {
        problems.append(PendingProblem(file: file, offset: error.offset, pointer: nil, code: .syntax, message: error.message))
    }

    /// Records a required member that `object` lacks. A member that was present but invalid has
    /// been reported already, so it is not reported again as missing.
    func require<Value>(_ value: Value?, _ field: String, in object: ObjectRead) -> Value? {
        if value == nil && !object.contains(field) {
            report(.missingField, "missing required field \"\(field)\"", at: object.offset)
        }
        return value
    }

    /// Remembers the id of a record that was left out for its problems.
    func noteDropped(_ id: String?) {
        if let id { droppedIdentifiers.insert(id) }
    }

    // MARK: Containers

    /// Steps through an object's members, calling `member` with each name while the pointer names it.
    /// Names outside `fields.all` and repeated names are reported and skipped. Returns where the
    /// object was and which members it had, or `nil` (after reporting) when the value is not an object.
    @discardableResult
    func readObject(_ fields: RecordFields, what: String, member: (String) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) -> ObjectRead? {
        let kind = try reader.peekKind()
        let offset = reader.position
        guard kind == .object else {
            report(.type, "expected \(what) (an object), found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        try reader.beginObject()
        var isFirst = true
        var seen: UInt64 = 0
        var nextLikelyIndex = 0
        while let key = try reader.nextRawKey(isFirst: &isFirst) {
            guard let index = fields.index(of: key, in: reader.bytes, startingAt: nextLikelyIndex) else {
                let name = key.text(in: reader.bytes)
                path.append(.key(name))
                defer { path.removeLast() }
                let hint = Suggestion.phrase(for: name, among: fields.all)
                report(.unknownField, "unknown field \"\(TextCheck.quoted(name))\" in \(what)\(hint)", at: key.offset)
                try reader.skipValue()
                continue
            }
            let name = fields.all[index]
            path.append(.key(name))
            defer { path.removeLast() }
            let bit: UInt64 = 1 << UInt64(index)
            if seen & bit != 0 {
                report(.duplicateKey, "\"\(name)\" appears twice in this object; the later one was ignored", at: key.offset)
                try reader.skipValue()
                continue
            }
            seen |= bit
            nextLikelyIndex = index + 1
            try member(name)
        }
        return ObjectRead(offset: offset, fields: fields, present: seen)
    }

    /// Steps through an array, calling `element` with each index while the pointer names it.
    func readArray(what: String, element: (Int) throws(JSONSyntaxError) -> Void) throws(JSONSyntaxError) {
        let kind = try reader.peekKind()
        guard kind == .array else {
            report(.type, "expected \(what) (an array), found \(kind.noun)")
            try reader.skipValue()
            return
        }
        try reader.beginArray()
        var isFirst = true
        var index = 0
        while try reader.nextElement(isFirst: &isFirst) {
            path.append(.index(index))
            defer { path.removeLast() }
            try element(index)
            index += 1
        }
    }

    /// True (and the `null` consumed) when the next value is `null`: optional fields may say so.
    private func skipNull() throws(JSONSyntaxError) -> Bool {
        guard try reader.peekKind() == .null else { return false }
        try reader.readNull()
        return true
    }

    // MARK: Scalars

    /// A string; `allowsLineBreaks` for descriptions and notes, where newlines and tabs are fine.
    func text(allowsLineBreaks: Bool = false, nullable: Bool = true) throws(JSONSyntaxError) -> String? {
        if nullable, try skipNull() { return nil }
        let kind = try reader.peekKind()
        let offset = reader.position
        guard kind == .string else {
            report(.type, "expected a string, found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        let (value, isValidUTF8, mayHoldControl) = try reader.readString()
        checkText(value, isValidUTF8: isValidUTF8, mayHoldControl: mayHoldControl, allowsLineBreaks: allowsLineBreaks, at: offset)
        return value
    }

    private func checkText(_ value: String, isValidUTF8: Bool, mayHoldControl: Bool, allowsLineBreaks: Bool, at offset: Int) {
        if !isValidUTF8 {
            report(.encoding, "text is not valid UTF-8", at: offset)
        }
        if mayHoldControl, let problem = TextCheck.controlCharacterProblem(in: value, allowsLineBreaks: allowsLineBreaks) {
            report(.controlCharacter, problem, at: offset)
        }
    }

    /// A string that is repeated across many records (a department, a title): stored once, and
    /// a repeat found by its bytes without making a new string. Strings of up to 15 UTF-8 bytes
    /// (five Chinese characters) are stored inline anyway. Only text without problems is shared,
    /// so a repeat has none to report.
    func sharedText() throws(JSONSyntaxError) -> String? {
        if try skipNull() { return nil }
        let offset = reader.position
        guard try reader.peekKind() == .string, let plain = try reader.readPlainString() else { return try text() }
        let content = reader.content(of: plain)
        if content.count > 15, let shared = interner.text(matching: content) { return shared }
        let (value, isValidUTF8, mayHoldControl) = reader.text(of: plain)
        let problemsBefore = problems.count
        checkText(value, isValidUTF8: isValidUTF8, mayHoldControl: mayHoldControl, allowsLineBreaks: false, at: offset)
        if content.count > 15, problems.count == problemsBefore { interner.insert(value, bytes: content) }
        return value
    }

    /// A record id or a reference to one: short lowercase ASCII.
    func identifier(nullable: Bool = false) throws(JSONSyntaxError) -> String? {
        let offset = reader.position
        guard let value = try text(nullable: nullable) else { return nil }
        if let problem = TextCheck.identifierProblem(value) {
            report(.invalidIdentifier, problem, at: offset)
            return nil
        }
        return value
    }

    /// A list of references, such as `sources` or `participants`. A list equal to the one read
    /// before it shares its storage, so a million records citing one source hold one array.
    func identifierList(what: String) throws(JSONSyntaxError) -> [String] {
        listBuffer.removeAll(keepingCapacity: true)
        try readArray(what: what) { _ throws(JSONSyntaxError) in
            if let value = try identifier() { listBuffer.append(value) }
        }
        if listBuffer != lastList { lastList = listBuffer }
        return lastList
    }

    /// One of an enumeration's raw values, with a suggestion when it is misspelt.
    func choice<Value: RawRepresentable & CaseIterable>(_ type: Value.Type, nullable: Bool = false) throws(JSONSyntaxError) -> Value? where Value.RawValue == String {
        let offset = reader.position
        guard let raw = try text(nullable: nullable) else { return nil }
        if let value = Value(rawValue: raw) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let hint = Suggestion.phrase(for: raw, among: allowed)
        report(.invalidValue, "\"\(TextCheck.quoted(raw))\" is not one of \(allowed.joined(separator: ", "))\(hint)", at: offset)
        return nil
    }

    /// A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists in the calendar.
    func date(nullable: Bool = true) throws(JSONSyntaxError) -> PartialDate? {
        let offset = reader.position
        guard let raw = try text(nullable: nullable) else { return nil }
        if let value = PartialDate(iso: raw) { return value }
        let shapeIsRight = raw.utf8.count == 4 || raw.utf8.count == 7 || raw.utf8.count == 10
        let message = shapeIsRight && raw.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) })
            ? "\"\(raw)\" is not a date in the calendar"
            : "\"\(TextCheck.quoted(raw))\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        report(.invalidDate, message, at: offset)
        return nil
    }

    /// A whole number within `range`.
    func integer(in range: ClosedRange<Int>, nullable: Bool = false) throws(JSONSyntaxError) -> Int? {
        if nullable, try skipNull() { return nil }
        let kind = try reader.peekKind()
        let offset = reader.position
        guard kind == .number else {
            report(.type, "expected a whole number, found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        let number = try reader.readNumber()
        guard let value = number.integerValue else {
            report(.type, "expected a whole number, found \(number.text)", at: offset)
            return nil
        }
        guard range.contains(value) else {
            report(.invalidValue, "\(value) is out of range (\(range.lowerBound) to \(range.upperBound))", at: offset)
            return nil
        }
        return value
    }

    func boolean() throws(JSONSyntaxError) -> Bool? {
        let kind = try reader.peekKind()
        guard kind == .bool else {
            report(.type, "expected true or false, found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        return try reader.readBool()
    }
}

/// An object that was read: where it starts, and which of its record's members it had.
struct ObjectRead {
    var offset: Int
    var fields: RecordFields
    /// Bit `i` is set when `fields.all[i]` was present.
    var present: UInt64

    func contains(_ name: String) -> Bool {
        guard let index = fields.all.firstIndex(of: name) else { return false }
        return present & (1 << UInt64(index)) != 0
    }
}
