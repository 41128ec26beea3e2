/// One problem with a dataset, placed where a person editing the file can find it.
///
/// Printed as `file:line:column: /json/pointer: message`, the form compilers use, so editors and
/// terminals can jump to it.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    /// What sort of problem it is; stable names for scripts and tests.
    public enum Code: String, Hashable, Sendable, Codable {
        case unreadable = "unreadable"
        case encoding = "encoding"
        case syntax = "syntax"
        case type = "type"
        case missingField = "missing-field"
        case unknownField = "unknown-field"
        case duplicateKey = "duplicate-key"
        case invalidValue = "invalid-value"
        case invalidIdentifier = "invalid-id"
        case invalidDate = "invalid-date"
        case controlCharacter = "control-character"
        case duplicateIdentifier = "duplicate-id"
        case danglingReference = "dangling-reference"
        case duplicateFloor = "duplicate-floor"
        case inconsistent = "inconsistent"
    }

    public var file: String
    /// 1-based; `nil` when the problem has no place in the file (it cannot be opened).
    public var line: Int?
    public var column: Int?
    public var pointer: JSONPointer?
    public var code: Code
    public var message: String

    public init(file: String, line: Int? = nil, column: Int? = nil, pointer: JSONPointer? = nil, code: Code, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.pointer = pointer
        self.code = code
        self.message = message
    }

    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if let column { text += ":\(column)" }
        text += ": "
        if let pointer { text += (pointer.components.isEmpty ? "/" : pointer.description) + ": " }
        return text + message
    }
}
