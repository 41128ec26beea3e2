/// Why a record could not be put into a file's bytes: the record is not where it was (the file
/// changed), the file is not well-formed JSON, or the new record's text is not (with the 1-based
/// line and column in that text).
public struct RecordWriteError: Error, Hashable, CustomStringConvertible {
    public var message: String
    /// Where in the record's text the problem is, when it is in that text.
    public var line: Int?
    public var column: Int?

    public init(message: String, line: Int? = nil, column: Int? = nil) {
        self.message = message
        self.line = line
        self.column = column
    }

    public var description: String {
        guard let line, let column else { return message }
        return "line \(line), column \(column): \(message)"
    }

    /// A syntax error in `text`, placed at its line and column.
    static func syntax(_ error: JSONSyntaxError, in text: [UInt8]) -> RecordWriteError {
        let location = text.withUnsafeBufferPointer { LineIndex.locations(ofAscending: [error.offset], in: $0)[0] }
        return RecordWriteError(message: error.message, line: location.line, column: location.column)
    }
}
