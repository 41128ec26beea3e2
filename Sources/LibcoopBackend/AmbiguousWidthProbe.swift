import Glibc
import LibcoopRender

/// Asks the terminal how wide it draws East Asian Ambiguous characters, before ncurses takes the
/// screen.
///
/// It writes a carriage return, one ambiguous character (`·`, U+00B7) and a cursor-position
/// request (`CSI 6n`), then reads the report (`ESC [ row ; column R`) from the terminal in raw
/// mode: column 2 means the character took one column, column 3 two. The line is then erased
/// (carriage return, erase line), so nothing is left on screen. A terminal that does not answer
/// within the timeout counts as narrow; anything typed meanwhile is dropped.
public enum AmbiguousWidthProbe {
    /// The bytes written: to column 1, the probe character, the position request.
    static let query: [UInt8] = Array("\r\u{B7}\u{1B}[6n".utf8)
    /// The bytes that erase the probe: to column 1, erase the line.
    static let erase: [UInt8] = Array("\r\u{1B}[K".utf8)

    /// How long to wait for the answer by default: terminals over SSH answer within a round trip.
    public static let defaultTimeout: Duration = .milliseconds(150)

    /// Measures the terminal on `input` / `output` (both the same terminal). Returns nil when the
    /// terminal did not answer in time or answered something else; the caller assumes narrow.
    public static func measure(input: Int32, output: Int32, timeout: Duration = defaultTimeout) -> AmbiguousWidth? {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return nil }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { characters in
            characters[Int(VMIN)] = 0
            characters[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return nil }
        defer { tcsetattr(input, TCSANOW, &saved) }

        guard writeAll(query, to: output) else { return nil }
        let reply = readReport(from: input, timeout: timeout)
        _ = writeAll(erase, to: output)
        // An answer arriving after the timeout would otherwise be read as keys.
        tcflush(input, TCIFLUSH)
        return reply.flatMap(CursorPositionReport.init(parsing:)).flatMap(width(after:))
    }

    /// The ambiguous width a report implies, after the probe character written at column 1.
    static func width(after report: CursorPositionReport) -> AmbiguousWidth? {
        switch report.column {
        case 2: .narrow
        case 3: .wide
        default: nil
        }
    }

    /// Bytes read from `input` until a report's final `R` or the timeout.
    private static func readReport(from input: Int32, timeout: Duration) -> [UInt8]? {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while bytes.count < 256 {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { return nil }
            let (seconds, attoseconds) = remaining.components
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { return nil }
            let count = read(input, &buffer, buffer.count)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { return nil }
            bytes += buffer[0..<count]
            if CursorPositionReport(parsing: bytes) != nil { return bytes }
        }
        return nil
    }

    private static func writeAll(_ bytes: [UInt8], to output: Int32) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
            if written < 0, errno == EINTR { continue }
            guard written > 0 else { return false }
            offset += written
        }
        return true
    }
}

/// A terminal's answer to `CSI 6n`: `ESC [ row ; column R`, 1-based.
struct CursorPositionReport: Hashable, Sendable {
    var row: Int
    var column: Int

    init(row: Int, column: Int) {
        self.row = row
        self.column = column
    }

    /// The last report found in `bytes` (keys typed before it are skipped), or nil if none is whole.
    init?(parsing bytes: some Collection<UInt8>) {
        let bytes = Array(bytes)
        guard let end = bytes.lastIndex(of: UInt8(ascii: "R")),
              let start = bytes[..<end].lastIndex(of: 0x1B),
              start + 1 < end, bytes[start + 1] == UInt8(ascii: "[") else { return nil }
        let fields = bytes[(start + 2)..<end].split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        guard fields.count == 2,
              let row = Self.number(fields[0]), let column = Self.number(fields[1]) else { return nil }
        self.row = row
        self.column = column
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 6,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
