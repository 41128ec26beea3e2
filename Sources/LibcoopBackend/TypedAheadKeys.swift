/// Keys typed while the start-up probe waited, made ready to hand back to ncurses.
///
/// ncurses takes keys given back (`ungetch`) as read, without matching escape sequences again, so
/// a cursor key's bytes must be given back as its key code. And they were typed before the
/// program put the terminal's keypad in application mode: a cursor key came in its normal form
/// (`ESC [ B` for Down) while the terminal description names the application form (`ESC O B`).
enum TypedAheadKeys {
    /// The longest key sequence looked up.
    static let longestSequence = 8

    /// What to give back, in order: each escape sequence that `keyCode` knows (directly or in its
    /// application form) as its code, every other byte as itself.
    static func keys(from bytes: [UInt8], keyCode: ([UInt8]) -> Int32?) -> [Int32] {
        var keys: [Int32] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x1B, let (code, length) = sequence(in: bytes, at: index, keyCode: keyCode) {
                keys.append(code)
                index += length
            } else {
                keys.append(Int32(bytes[index]))
                index += 1
            }
        }
        return keys
    }

    /// The longest key sequence starting at `start`, as its code and length.
    private static func sequence(in bytes: [UInt8], at start: Int, keyCode: ([UInt8]) -> Int32?) -> (Int32, Int)? {
        var length = min(longestSequence, bytes.count - start)
        while length >= 2 {
            var candidate = Array(bytes[start..<(start + length)])
            if let code = keyCode(candidate) { return (code, length) }
            if length == 3, candidate[1] == UInt8(ascii: "[") {
                candidate[1] = UInt8(ascii: "O")
                if let code = keyCode(candidate) { return (code, length) }
            }
            length -= 1
        }
        return nil
    }
}
