import Glibc
import LibcoopRender

/// Asks the terminal how wide it draws East Asian Ambiguous characters, before ncurses takes the
/// screen.
///
/// It writes a carriage return, one ambiguous character (`·`, U+00B7) and a cursor-position
/// request (`CSI 6n`), then reads the report (`ESC [ row ; column R`) from the terminal in raw
/// mode: column 2 means the character took one column, column 3 two. The line is then erased
/// (carriage return, erase line), so nothing is left on screen. A terminal that does not answer
/// within the timeout counts as narrow. Keys typed before or meanwhile (a user typing `3` as
/// the program starts) are read with the report and handed back, for the program to read as
/// keys.
public enum AmbiguousWidthProbe {
    /// What the probe found.
    public struct Measurement: Equatable, Sendable {
        /// The terminal's ambiguous width; nil when it did not answer in time or answered
        /// something else, and the caller assumes narrow.
        public var width: AmbiguousWidth?
        /// The bytes read that were not the report, in order: keys typed before it or with it.
        public var typedAhead: [UInt8]
        /// The start of a report the deadline cut short (`ESC [ 1`), whose rest may still come.
        public var cutReport: [UInt8] = []
    }

    /// The bytes written: to column 1, the probe character, the position request.
    static let query: [UInt8] = Array("\r\u{B7}\u{1B}[6n".utf8)
    /// The bytes that erase the probe: to column 1, erase the line.
    static let erase: [UInt8] = Array("\r\u{1B}[K".utf8)

    /// How long to wait for the answer by default: terminals over SSH answer within a round trip.
    public static let defaultTimeout: Duration = .milliseconds(150)

    /// Measures the terminal on `input` / `output` (both the same terminal).
    public static func measure(input: Int32, output: Int32, timeout: Duration = defaultTimeout) -> Measurement {
        var saved = termios()
        guard tcgetattr(input, &saved) == 0 else { return Measurement(width: nil, typedAhead: []) }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { characters in
            characters[Int(VMIN)] = 0
            characters[Int(VTIME)] = 0
        }
        guard tcsetattr(input, TCSANOW, &raw) == 0 else { return Measurement(width: nil, typedAhead: []) }
        defer { tcsetattr(input, TCSANOW, &saved) }

        guard writeAll(query, to: output) else { return Measurement(width: nil, typedAhead: []) }
        let read = readReport(from: input, timeout: timeout)
        _ = writeAll(erase, to: output)
        return measurement(from: read)
    }

    /// The width and the keys in `bytes`, all that was read: with a whole report, the last one
    /// is taken out; without, a report cut short at the end is left out too, as `cutReport` (its
    /// rest may still come: the backend removes the two together, `LateCursorReport`).
    static func measurement(from bytes: [UInt8]) -> Measurement {
        if let (report, range) = CursorPositionReport.last(in: bytes) {
            var keys = bytes
            keys.removeSubrange(range)
            return Measurement(width: width(after: report), typedAhead: keys)
        }
        let cut = CursorPositionReport.startOfCutReport(in: bytes)
        return Measurement(width: nil, typedAhead: Array(bytes[..<cut]), cutReport: Array(bytes[cut...]))
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
    private static func readReport(from input: Int32, timeout: Duration) -> [UInt8] {
        let deadline = ContinuousClock.now.advanced(by: timeout)
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while bytes.count < 256 {
            let remaining = deadline - ContinuousClock.now
            guard remaining > .zero else { break }
            let (seconds, attoseconds) = remaining.components
            var descriptor = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
            let ready = poll(&descriptor, 1, Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
            if ready < 0, errno == EINTR { continue }
            guard ready > 0 else { break }
            let count = read(input, &buffer, buffer.count)
            if count < 0, errno == EINTR || errno == EAGAIN { continue }
            guard count > 0 else { break }
            bytes += buffer[0..<count]
            if CursorPositionReport.last(in: bytes) != nil { break }
        }
        return bytes
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
        guard let (report, _) = Self.last(in: Array(bytes)) else { return nil }
        self = report
    }

    /// The last whole report in `bytes` and where it is; keys typed after it (even an `R`) do
    /// not hide it.
    static func last(in bytes: [UInt8]) -> (CursorPositionReport, Range<Int>)? {
        var end = bytes.count - 1
        while end > 0 {
            if bytes[end] == UInt8(ascii: "R"), let (report, start) = ending(at: end, in: bytes) {
                return (report, start..<(end + 1))
            }
            end -= 1
        }
        return nil
    }

    /// The report `ESC [ row ; column` ending with the `R` at `end`, and where its `ESC` is.
    private static func ending(at end: Int, in bytes: [UInt8]) -> (CursorPositionReport, Int)? {
        func digits(endingBefore limit: Int) -> (value: Int, start: Int)? {
            var start = limit
            while start > 0, bytes[start - 1] >= UInt8(ascii: "0"), bytes[start - 1] <= UInt8(ascii: "9") { start -= 1 }
            return number(bytes[start..<limit]).map { ($0, start) }
        }
        guard let column = digits(endingBefore: end), column.start >= 1, bytes[column.start - 1] == UInt8(ascii: ";"),
              let row = digits(endingBefore: column.start - 1), row.start >= 2,
              bytes[row.start - 1] == UInt8(ascii: "["), bytes[row.start - 2] == 0x1B else { return nil }
        return (CursorPositionReport(row: row.value, column: column.value), row.start - 2)
    }

    /// Where a report that has begun but not ended at the end of `bytes` starts (`ESC`, `ESC [`,
    /// `ESC [ 12`, `ESC [ 12 ;`, `ESC [ 12 ; 3`), or `bytes.count` if none has.
    static func startOfCutReport(in bytes: [UInt8]) -> Int {
        guard let start = bytes.lastIndex(of: 0x1B) else { return bytes.count }
        let rest = bytes[(start + 1)...]
        guard let first = rest.first else { return start }
        guard first == UInt8(ascii: "[") else { return bytes.count }
        let fields = rest.dropFirst().split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false)
        let isDigits = { (field: ArraySlice<UInt8>) in field.allSatisfy { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") } }
        guard fields.count <= 2, fields.allSatisfy(isDigits), fields.first.map({ !$0.isEmpty || fields.count == 1 }) ?? true else {
            return bytes.count
        }
        return start
    }

    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
        guard !digits.isEmpty, digits.count <= 6,
              digits.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return digits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
    }
}
