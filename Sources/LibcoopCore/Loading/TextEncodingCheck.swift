/// Checks the start of a file for its text encoding: UTF-8 (with or without a byte order mark) is
/// read, anything else is refused with a message saying what it looks like.
enum TextEncodingCheck {
    struct Problem: Error {
        var code: Diagnostic.Code
        var message: String
    }

    /// The offset where JSON text begins (3 after a UTF-8 byte order mark), or why it cannot be read.
    static func start(of bytes: [UInt8]) -> Result<Int, Problem> {
        if bytes.isEmpty { return .failure(Problem(code: .syntax, message: "the file is empty; a dataset is a JSON object")) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return .success(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(Problem(code: .encoding, message: "the file is UTF-16 (it starts with a UTF-16 byte order mark); save it as UTF-8"))
        }
        if bytes.count >= 2, bytes[0] == 0 || bytes[1] == 0 {
            return .failure(Problem(code: .encoding, message: "the file looks like UTF-16 or UTF-32 (it has zero bytes between characters); save it as UTF-8"))
        }
        return .success(0)
    }
}
