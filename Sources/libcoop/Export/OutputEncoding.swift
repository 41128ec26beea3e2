import ArgumentParser
import Glibc

/// The character encoding of a written table (`--encoding`): UTF-8, with a byte-order mark for
/// CSV so Excel and WPS read it as UTF-8, or GB18030 for old versions of both on Chinese
/// Windows (a superset of GBK and GB2312 that holds every Unicode character).
enum OutputEncoding: String, CaseIterable, ExpressibleByArgument {
    case utf8
    case gb18030

    /// `text` in this encoding, with a UTF-8 byte-order mark in front when `byteOrderMark`.
    func bytes(_ text: String, byteOrderMark: Bool) throws -> [UInt8] {
        switch self {
        case .utf8: (byteOrderMark ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8)
        case .gb18030: try Self.convert(text, to: "GB18030")
        }
    }

    /// Converts UTF-8 text with glibc's iconv.
    static func convert(_ text: String, to encoding: String) throws -> [UInt8] {
        let converter = iconv_open(encoding, "UTF-8")
        guard let converter, converter != iconv_t(bitPattern: -1) else {
            throw ConversionError(message: "this system cannot convert to \(encoding)")
        }
        defer { iconv_close(converter) }
        var input = Array(text.utf8)
        var output = [UInt8](repeating: 0, count: input.count * 2 + 64)
        var outputUsed = 0
        try input.withUnsafeMutableBytes { inputBytes in
            var inputPointer: UnsafeMutablePointer<CChar>? = inputBytes.baseAddress?.assumingMemoryBound(to: CChar.self)
            var inputLeft = inputBytes.count
            while inputLeft > 0 {
                if output.count - outputUsed < 64 { output += [UInt8](repeating: 0, count: output.count) }
                let converted = output.withUnsafeMutableBytes { outputBytes -> Int in
                    var outputPointer: UnsafeMutablePointer<CChar>? = (outputBytes.baseAddress! + outputUsed).assumingMemoryBound(to: CChar.self)
                    var outputLeft = outputBytes.count - outputUsed
                    let before = outputLeft
                    let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                    outputUsed += before - outputLeft
                    return result
                }
                if converted == -1 && errno != E2BIG {
                    throw ConversionError(message: "cannot convert the text to \(encoding): \(String(cString: strerror(errno)))")
                }
            }
        }
        return Array(output[..<outputUsed])
    }

    /// Text that could not be converted.
    struct ConversionError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }
}
