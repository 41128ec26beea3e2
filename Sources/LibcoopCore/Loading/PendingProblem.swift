/// A problem found while reading or checking a file, before its line and column are worked out.
///
/// Decoding knows the byte offset; checks on the merged dataset know only the pointer, and the
/// loader finds the offset for those by walking the file once more.
struct PendingProblem: Sendable {
    var file: Int
    var offset: Int?
    var pointer: JSONPointer?
    var code: Diagnostic.Code
    var message: String
}
