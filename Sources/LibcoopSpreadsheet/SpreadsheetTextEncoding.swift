import Glibc

/// The text encodings a CSV file from a Chinese office arrives in: UTF-8 (with or without a byte
/// order mark, as Excel's "CSV UTF-8" writes it) or GB18030, the national standard that contains
/// GBK and GB2312 (what Excel and WPS write as plain "CSV" on Chinese Windows).
public enum SpreadsheetTextEncoding: String, Sendable, CaseIterable {
    case utf8 = "utf-8"
    case gb18030

    /// Why a file's bytes could not be read as text.
    public struct DecodingError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The text of `bytes`, in `encoding` when given, else detected: bytes that are valid UTF-8
    /// are UTF-8 (a GB18030 file of Chinese text is almost never valid UTF-8), anything else is
    /// read as GB18030. A leading UTF-8 byte order mark is dropped.
    public static func decode(
        _ bytes: [UInt8], as encoding: SpreadsheetTextEncoding? = nil
    ) throws(DecodingError) -> (text: String, encoding: SpreadsheetTextEncoding) {
        let utf8Bytes = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
        switch encoding {
        case .utf8:
            guard let text = String(validating: utf8Bytes, as: UTF8.self) else {
                throw DecodingError(description: "the file is not valid UTF-8 (try --encoding gb18030)")
            }
            return (text, .utf8)
        case .gb18030:
            return (try gb18030Text(bytes), .gb18030)
        case nil:
            if let text = String(validating: utf8Bytes, as: UTF8.self) { return (text, .utf8) }
            do {
                return (try gb18030Text(bytes), .gb18030)
            } catch {
                throw DecodingError(description: "the file is neither UTF-8 nor GB18030 text")
            }
        }
    }

    /// `bytes` converted from GB18030 by glibc's iconv, which refuses an invalid sequence rather
    /// than replacing it (glibc ships the converter in libc6's gconv modules).
    static func gb18030Text(_ bytes: [UInt8]) throws(DecodingError) -> String {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else {
            throw DecodingError(description: "this system's iconv cannot convert GB18030")
        }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        // GB18030 takes at most 4 bytes for a character, UTF-8 at most 4: the same length suffices.
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 4)
        let failed = input.withUnsafeMutableBufferPointer { inputBuffer in
            output.withUnsafeMutableBufferPointer { outputBuffer -> (Bool, Int) in
                var inputPointer = inputBuffer.baseAddress
                var inputLeft = inputBuffer.count
                var outputPointer = outputBuffer.baseAddress
                var outputLeft = outputBuffer.count
                let result = iconv(converter, &inputPointer, &inputLeft, &outputPointer, &outputLeft)
                return (result == -1 || inputLeft != 0, outputBuffer.count - outputLeft)
            }
        }
        if failed.0 { throw DecodingError(description: "the file is not valid GB18030 text") }
        let converted = output.prefix(failed.1).map { UInt8(bitPattern: $0) }
        guard let text = String(validating: converted, as: UTF8.self) else {
            throw DecodingError(description: "the file is not valid GB18030 text")
        }
        return text
    }
}
