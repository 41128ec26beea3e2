import Glibc
import LibcoopSpreadsheet
import Testing

/// Text from Chinese offices: UTF-8, UTF-8 with a BOM (Excel's "CSV UTF-8"), GB18030/GBK (plain
/// "CSV" on Chinese Windows).
@Suite struct SpreadsheetTextEncodingTests {
    /// 姓名,职务 / 张庆文,副馆长 in GB18030, byte for byte (GBK code points, as the standard's
    /// tables give them).
    static let gb18030Roster: [UInt8] = [
        0xD0, 0xD5, 0xC3, 0xFB, 0x2C, 0xD6, 0xB0, 0xCE, 0xF1, 0x0D, 0x0A,
        0xD5, 0xC5, 0xC7, 0xEC, 0xCE, 0xC4, 0x2C, 0xB8, 0xB1, 0xB9, 0xDD, 0xB3, 0xA4, 0x0D, 0x0A,
    ]

    @Test func utf8WithAndWithoutBOM() throws {
        let plain = Array("姓名\n张庆文\n".utf8)
        #expect(try SpreadsheetTextEncoding.decode(plain) == ("姓名\n张庆文\n", .utf8))
        #expect(try SpreadsheetTextEncoding.decode([0xEF, 0xBB, 0xBF] + plain) == ("姓名\n张庆文\n", .utf8))
    }

    @Test func gb18030IsDetectedWhenTheBytesAreNotUTF8() throws {
        let decoded = try SpreadsheetTextEncoding.decode(Self.gb18030Roster)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.text == "姓名,职务\r\n张庆文,副馆长\r\n")
    }

    @Test func gb18030BeyondGBKFourByteSequences() throws {
        // U+20000 𠀀 is 0x95 0x32 0x82 0x36 in GB18030 (four bytes; GBK has no such character).
        let decoded = try SpreadsheetTextEncoding.decode([0x95, 0x32, 0x82, 0x36, 0x41])
        #expect(decoded == ("\u{20000}A", .gb18030))
    }

    @Test func anEncodingGivenIsObeyed() throws {
        #expect(throws: SpreadsheetTextEncoding.DecodingError.self) { try SpreadsheetTextEncoding.decode(Self.gb18030Roster, as: .utf8) }
        // ASCII is the same in both.
        #expect(try SpreadsheetTextEncoding.decode(Array("name\n".utf8), as: .gb18030) == ("name\n", .gb18030))
    }

    @Test func bytesThatAreNeitherAreRefused() {
        #expect(throws: SpreadsheetTextEncoding.DecodingError.self) { try SpreadsheetTextEncoding.decode([0x41, 0xFF, 0xFF, 0xFF]) }
    }
}
