/// Malformed JSON at a byte offset: the file cannot be read past this point.
struct JSONSyntaxError: Error, Hashable {
    var offset: Int
    var message: String
}
