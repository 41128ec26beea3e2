/// Reads typed values from a `JSONReader`, recording a problem and skipping the value when it is
/// of the wrong type, so one file yields every problem in one pass.
///
/// A value type the decoder owns and passes on `inout`: every access is checked for exclusivity
/// at compile time, so the shipped build keeps Swift's exclusivity checking at no cost in the
/// hot loop. Objects are read member by member with `beginObject` and `nextField`, which hands
/// back each member as its kind's declared `RecordField` case; the declaration also says which
/// members are required (`hasRequiredFields`) and what a list holds (for messages).
///
/// Syntax errors still throw: past a syntax error nothing in the file can be trusted. The current
/// JSON pointer is kept as a stack of `PointerStep`s, which hold no strings, and only turned into
/// text for a problem.
struct FieldDecoder {
    var reader: JSONReader
    let file: Int
    private(set) var problems: [PendingProblem] = []
    /// Ids of records that were left out because they had problems; references to them are not
    /// reported again as dangling.
    private(set) var droppedIdentifiers: Set<String> = []
    private var path: [PointerStep] = []
    /// Texts that recur (`sharedText`) and references (`reference`), each made once.
    private var sharedTexts = TextInterner()
    private var sharedReferences = TextInterner()
    /// The last list of references read.
    private var lastList: [String] = []
    /// Whether the last value read gave a value (not `null`, not of the wrong type, not invalid):
    /// `nextField` notes it for the member it belonged to, for `hasRequiredFields`.
    private var lastReadGaveValue = false

    init(reader: JSONReader, file: Int) {
        self.reader = reader
        self.file = file
    }

    // MARK: Problems

    var pointer: JSONPointer { JSONPointer(path.map(\.component)) }

    mutating func report(_ code: Diagnostic.Code, _ message: String, at offset: Int? = nil) {
        problems.append(PendingProblem(file: file, offset: offset ?? reader.position, pointer: pointer, code: code, message: message))
    }

    /// Reports a problem of a member that is not on the path: one that is skipped, not read.
    private mutating func report(_ code: Diagnostic.Code, _ message: String, at offset: Int, member: JSONPointer.Component) {
        problems.append(PendingProblem(file: file, offset: offset, pointer: pointer.appending(member), code: code, message: message))
    }

    /// Records the syntax error that ended reading; it has a place but no pointer.
    mutating func reportSyntax(_ error: JSONSyntaxError) {
        problems.append(PendingProblem(file: file, offset: error.offset, pointer: nil, code: .syntax, message: error.message))
    }

    /// Remembers the id of a record that was left out for its problems.
    mutating func noteDropped(_ id: String?) {
        if let id { droppedIdentifiers.insert(id) }
    }

    @inline(__always)
    private mutating func gave<Value>(_ value: Value?) -> Value? {
        lastReadGaveValue = value != nil
        return value
    }

    // MARK: Objects

    /// Starts reading an object of `Field`'s kind, or reports and skips a value of another type
    /// and returns `nil`.
    mutating func beginObject<Field: RecordField>(_: Field.Type) throws(JSONSyntaxError) -> ObjectReading<Field>? {
        let kind = try reader.peekKind()
        let offset = reader.position
        guard kind == .object else {
            report(.type, "expected \(Field.recordType.noun) (an object), found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        try reader.beginObject()
        return ObjectReading(offset: offset)
    }

    /// The next member of `object`, with the pointer naming it until the following call; `nil`
    /// at the end of the object. Names the kind does not declare and repeated names are reported
    /// and skipped. The caller reads the member's value before asking for the next one.
    mutating func nextField<Field: RecordField>(in object: inout ObjectReading<Field>) throws(JSONSyntaxError) -> Field? {
        // The step of the member before stays on the path until it is replaced by the next
        // member's, or taken off at the end of the object or before a problem of this object.
        var pathEndsInMember = false
        if object.current != 0 {
            if lastReadGaveValue { object.decoded |= object.current }
            object.current = 0
            pathEndsInMember = true
        }
        defer { if pathEndsInMember { path.removeLast() } }
        let table = Field.table
        while let key = try reader.nextRawKey(isFirst: &object.isFirst) {
            if let index = table.index(of: key, in: reader.bytes, startingAt: object.nextLikelyIndex), object.present & (1 << UInt64(index)) == 0 {
                let step = PointerStep.member(Field.self, index)
                if pathEndsInMember {
                    path[path.count - 1] = step
                    pathEndsInMember = false
                } else {
                    path.append(step)
                }
                object.present |= 1 << UInt64(index)
                object.current = 1 << UInt64(index)
                object.nextLikelyIndex = index + 1
                lastReadGaveValue = false
                return table.fields[index]
            }
            if pathEndsInMember {
                path.removeLast()
                pathEndsInMember = false
            }
            guard let index = table.index(of: key, in: reader.bytes, startingAt: object.nextLikelyIndex) else {
                let name = key.text(in: reader.bytes)
                let hint = Suggestion.phrase(for: name, among: table.names)
                report(.unknownField, "unknown field \"\(TextCheck.quoted(name))\" in \(Field.recordType.noun)\(hint)", at: key.offset, member: .key(name))
                try reader.skipValue()
                continue
            }
            let name = table.names[index]
            report(.duplicateKey, "\"\(name)\" appears twice in this object; the later one was ignored", at: key.offset, member: .key(name))
            try reader.skipValue()
        }
        return nil
    }

    /// True when every member the kind requires gave a value. Otherwise reports the first
    /// required member (in declared order) that is absent, unless one before it was present but
    /// invalid (reported already), and returns false: the record is left out.
    mutating func hasRequiredFields<Field: RecordField>(_ object: ObjectReading<Field>) -> Bool {
        let lacking = Field.table.requiredMask & ~object.decoded
        guard lacking != 0 else { return true }
        let index = lacking.trailingZeroBitCount
        if object.present & (1 << UInt64(index)) == 0 {
            report(.missingField, "missing required field \"\(Field.table.names[index])\"", at: object.offset)
        }
        return false
    }

    // MARK: Arrays

    /// Starts reading an array, or reports and skips a value of another type (`what` names the
    /// list in that message) and returns `nil`.
    mutating func beginArray(what: @autoclosure () -> String) throws(JSONSyntaxError) -> ArrayReading? {
        let kind = try reader.peekKind()
        guard kind == .array else {
            report(.type, "expected \(what()) (an array), found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        try reader.beginArray()
        return ArrayReading()
    }

    /// Moves to the next element of `array`, with the pointer naming its index until the
    /// following call; false at the end of the array.
    mutating func nextElement(in array: inout ArrayReading) throws(JSONSyntaxError) -> Bool {
        if array.index >= 0 { path.removeLast() }
        guard try reader.nextElement(isFirst: &array.isFirst) else { return false }
        array.index += 1
        path.append(.index(array.index))
        return true
    }

    /// Notes that a list member gave its value (a list is kept even when some elements were not).
    mutating func noteListRead() {
        lastReadGaveValue = true
    }

    /// True (and the `null` consumed) when the next value is `null`: optional fields may say so.
    private mutating func skipNull() throws(JSONSyntaxError) -> Bool {
        guard try reader.peekKind() == .null else { return false }
        try reader.readNull()
        return true
    }

    // MARK: Scalars

    /// A string; `allowsLineBreaks` for descriptions and notes, where newlines and tabs are fine.
    mutating func text(allowsLineBreaks: Bool = false, nullable: Bool = true) throws(JSONSyntaxError) -> String? {
        gave(try readText(allowsLineBreaks: allowsLineBreaks, nullable: nullable))
    }

    /// A string that is repeated across many records (a department, a title, a room's name), stored once.
    mutating func sharedText(nullable: Bool = true) throws(JSONSyntaxError) -> String? {
        gave(try readSharedText(nullable: nullable))
    }

    /// A record id: short lowercase ASCII.
    mutating func identifier(nullable: Bool = false) throws(JSONSyntaxError) -> String? {
        gave(try readIdentifier(nullable: nullable))
    }

    /// A reference to a record by its id (`null` when there is none): read as `identifier` is, and shared.
    mutating func reference() throws(JSONSyntaxError) -> String? {
        gave(try readReference(nullable: true))
    }

    /// One of an enumeration's raw values, with a suggestion when it is misspelt.
    mutating func choice<Value: DecodableChoice>(_ type: Value.Type, nullable: Bool = false) throws(JSONSyntaxError) -> Value? {
        gave(try readChoice(type, nullable: nullable))
    }

    /// A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists in the calendar.
    mutating func date(nullable: Bool = true) throws(JSONSyntaxError) -> PartialDate? {
        gave(try readDate(nullable: nullable))
    }

    /// A whole number within `range`.
    mutating func integer(in range: ClosedRange<Int>, nullable: Bool = false) throws(JSONSyntaxError) -> Int? {
        gave(try readInteger(in: range, nullable: nullable))
    }

    mutating func boolean() throws(JSONSyntaxError) -> Bool? {
        gave(try readBoolean())
    }

    // MARK: Reading values

    /// A string; `allowsLineBreaks` for descriptions and notes, where newlines and tabs are fine.
    private mutating func readText(allowsLineBreaks: Bool = false, nullable: Bool = true) throws(JSONSyntaxError) -> String? {
        guard let (offset, plain) = try beginText(nullable: nullable) else { return nil }
        return try finishText(plain, at: offset, allowsLineBreaks: allowsLineBreaks)
    }

    /// The first half of `readText`: `nil` after a `null` (when `nullable`) or after reporting and
    /// skipping a value of another type. Otherwise the string's offset and, when it has no
    /// escapes, its bytes (read, so the caller can match or share them before making text of
    /// them); with escapes nothing is read yet. Either way `finishText` makes the text.
    private mutating func beginText(nullable: Bool) throws(JSONSyntaxError) -> (offset: Int, plain: JSONPlainString?)? {
        let kind = try reader.peekKind()
        if nullable, kind == .null {
            try reader.readNull()
            return nil
        }
        let offset = reader.position
        guard kind == .string else {
            report(.type, "expected a string, found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        return (offset, try reader.readPlainString())
    }

    /// The second half of `readText`: the text of the string `beginText` started, with its problems reported.
    private mutating func finishText(_ plain: JSONPlainString?, at offset: Int, allowsLineBreaks: Bool = false) throws(JSONSyntaxError) -> String {
        let (value, isValidUTF8, mayHoldControl) = if let plain { reader.text(of: plain) } else { try reader.readString() }
        checkText(value, isValidUTF8: isValidUTF8, mayHoldControl: mayHoldControl, allowsLineBreaks: allowsLineBreaks, at: offset)
        return value
    }

    private mutating func checkText(_ value: String, isValidUTF8: Bool, mayHoldControl: Bool, allowsLineBreaks: Bool, at offset: Int) {
        if !isValidUTF8 {
            report(.encoding, "text is not valid UTF-8", at: offset)
        }
        if mayHoldControl, let problem = TextCheck.controlCharacterProblem(in: value, allowsLineBreaks: allowsLineBreaks) {
            report(.controlCharacter, problem, at: offset)
        }
    }

    /// A string that is repeated across many records (a department, a title): stored once, and
    /// a repeat found by its bytes without making a new string. Only text without problems is
    /// shared, so a repeat has none to report.
    private mutating func readSharedText(nullable: Bool) throws(JSONSyntaxError) -> String? {
        guard let (offset, plain) = try beginText(nullable: nullable) else { return nil }
        guard let plain else { return try finishText(nil, at: offset) }
        let hash = TextInterner.hash(of: plain.content, in: reader.bytes)
        if let shared = sharedTexts.text(hash: hash, matching: plain.content, in: reader.bytes) { return shared }
        let problemsBefore = problems.count
        let value = try finishText(plain, at: offset)
        if problems.count == problemsBefore { sharedTexts.insert(value, hash: hash, range: plain.content) }
        return value
    }

    /// A record id: short lowercase ASCII.
    private mutating func readIdentifier(nullable: Bool = false) throws(JSONSyntaxError) -> String? {
        let offset = reader.position
        guard let (textOffset, plain) = try beginText(nullable: nullable) else { return nil }
        if let plain, plain.isASCII, !plain.mayHoldControl, TextCheck.isIdentifier(reader.content(of: plain)) {
            return String(decoding: reader.content(of: plain), as: UTF8.self)
        }
        return try finishIdentifier(plain, at: textOffset, reportingAt: offset)
    }

    /// A reference to a record by its id, read as `readIdentifier` reads an id; references recur
    /// (every person names their library), so each is made once and shared.
    private mutating func readReference(nullable: Bool) throws(JSONSyntaxError) -> String? {
        let offset = reader.position
        guard let (textOffset, plain) = try beginText(nullable: nullable) else { return nil }
        if let plain, plain.isASCII, !plain.mayHoldControl {
            let hash = TextInterner.hash(of: plain.content, in: reader.bytes)
            if let shared = sharedReferences.text(hash: hash, matching: plain.content, in: reader.bytes) { return shared }
            let content = reader.content(of: plain)
            if TextCheck.isIdentifier(content) {
                let value = String(decoding: content, as: UTF8.self)
                sharedReferences.insert(value, hash: hash, range: plain.content)
                return value
            }
        }
        return try finishIdentifier(plain, at: textOffset, reportingAt: offset)
    }

    /// The rest of `readIdentifier` for a string that may have problems: its text, its text's
    /// problems reported at `textOffset` and an invalid id's at `offset`.
    private mutating func finishIdentifier(_ plain: JSONPlainString?, at textOffset: Int, reportingAt offset: Int) throws(JSONSyntaxError) -> String? {
        let value = try finishText(plain, at: textOffset)
        if let problem = TextCheck.identifierProblem(value) {
            report(.invalidIdentifier, problem, at: offset)
            return nil
        }
        return value
    }

    /// A list of references, such as `sources` or `participants`, as `field` declares it. A list
    /// equal to the one read before it shares its storage, so a million records citing one
    /// source hold one array. The list counts as given even when some of its elements were not.
    mutating func identifierList<Field: RecordField>(_ field: Field) throws(JSONSyntaxError) -> [String] {
        // While the elements agree with the last list nothing is stored; from the first one that
        // does not, a new list is made.
        var agreeing = 0
        var differing: [String]?
        if var array = try beginArray(what: field.type.listNoun) {
            while try nextElement(in: &array) {
                guard let value = try readReference(nullable: false) else { continue }
                if differing == nil {
                    if agreeing < lastList.count, lastList[agreeing] == value {
                        agreeing += 1
                        continue
                    }
                    differing = Array(lastList[..<agreeing])
                }
                differing?.append(value)
            }
        }
        if let differing {
            lastList = differing
        } else if agreeing < lastList.count {
            lastList = Array(lastList[..<agreeing])
        }
        lastReadGaveValue = true
        return lastList
    }

    /// One of an enumeration's raw values, with a suggestion when it is misspelt.
    private mutating func readChoice<Value: DecodableChoice>(_ type: Value.Type, nullable: Bool = false) throws(JSONSyntaxError) -> Value? {
        let offset = reader.position
        guard let (textOffset, plain) = try beginText(nullable: nullable) else { return nil }
        if let plain, plain.isASCII, !plain.mayHoldControl, let packed = PackedName(plain.content, in: reader.bytes),
           let value = Value.choices.value(for: packed) { return value }
        let raw = try finishText(plain, at: textOffset)
        if let value = Value(rawValue: raw) { return value }
        let allowed = Value.allCases.map(\.rawValue)
        let hint = Suggestion.phrase(for: raw, among: allowed)
        report(.invalidValue, "\"\(TextCheck.quoted(raw))\" is not one of \(allowed.joined(separator: ", "))\(hint)", at: offset)
        return nil
    }

    /// A date written "YYYY", "YYYY-MM" or "YYYY-MM-DD" that exists in the calendar.
    private mutating func readDate(nullable: Bool = true) throws(JSONSyntaxError) -> PartialDate? {
        let offset = reader.position
        guard let (textOffset, plain) = try beginText(nullable: nullable) else { return nil }
        if let plain, plain.isASCII, !plain.mayHoldControl, let value = PartialDate(isoUTF8: reader.content(of: plain)) { return value }
        let raw = try finishText(plain, at: textOffset)
        if let value = PartialDate(iso: raw) { return value }
        let shapeIsRight = raw.utf8.count == 4 || raw.utf8.count == 7 || raw.utf8.count == 10
        let message = shapeIsRight && raw.utf8.allSatisfy({ $0 == UInt8(ascii: "-") || ($0 >= 0x30 && $0 <= 0x39) })
            ? "\"\(raw)\" is not a date in the calendar"
            : "\"\(TextCheck.quoted(raw))\" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD"
        report(.invalidDate, message, at: offset)
        return nil
    }

    /// A whole number within `range`.
    private mutating func readInteger(in range: ClosedRange<Int>, nullable: Bool = false) throws(JSONSyntaxError) -> Int? {
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

    private mutating func readBoolean() throws(JSONSyntaxError) -> Bool? {
        let kind = try reader.peekKind()
        guard kind == .bool else {
            report(.type, "expected true or false, found \(kind.noun)")
            try reader.skipValue()
            return nil
        }
        return try reader.readBool()
    }
}

/// An object being read member by member (`FieldDecoder.nextField`): where it starts, which of
/// its kind's members it had and which of them gave a value (bit `i` for `Field.table.fields[i]`).
struct ObjectReading<Field: RecordField> {
    let offset: Int
    var present: UInt64 = 0
    var decoded: UInt64 = 0
    /// The bit of the member being read, 0 between members.
    var current: UInt64 = 0
    var nextLikelyIndex = 0
    var isFirst = true

    init(offset: Int) {
        self.offset = offset
    }
}

/// An array being read element by element (`FieldDecoder.nextElement`).
struct ArrayReading {
    /// The index of the element being read, -1 before the first.
    var index = -1
    var isFirst = true
}
