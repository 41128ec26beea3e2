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
        /// The file was different when read again to place problems found after decoding.
        case changedWhileReading = "changed-while-reading"
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
        var utf8: [UInt8] = []
        write(to: &utf8)
        return String(decoding: utf8, as: UTF8.self)
    }

    /// Appends `description` as UTF-8, so a long list of problems can be printed without a
    /// string per problem.
    public func write(to utf8: inout [UInt8]) {
        utf8 += file.utf8
        if let line { utf8 += ":\(line)".utf8 }
        if let column { utf8 += ":\(column)".utf8 }
        utf8 += ": ".utf8
        if let pointer {
            if pointer.components.isEmpty { utf8.append(UInt8(ascii: "/")) } else { pointer.write(to: &utf8) }
            utf8 += ": ".utf8
        }
        utf8 += message.utf8
    }
}
