import Glibc

/// A quick look at a dataset's bytes, before the terminal is taken, for the record `--open`
/// names, when the dataset is too large to load first (it loads behind the progress screen).
///
/// It looks for the id as the value of an `"id"` member (`"id": "ID"`, any whitespace) in each
/// file, mapped into memory (a few milliseconds for 256 MB, and the page cache then serves the
/// load). It answers "cannot be there" only when that is certain: every file is a regular file
/// without `\u` or `\/` escapes (through which the id could be spelled differently) and the id
/// needs no escaping. Otherwise, or when the id is there (perhaps as a record of another kind),
/// the browser checks `--open` after loading, as before.
enum RecordIdentifierScan {
    /// False only if no file of `paths` can hold a record with this id.
    static func mayContain(id: String, in paths: [String]) -> Bool {
        let needle = Array("\"\(id)\"".utf8)
        guard !id.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 < 0x20 }) else { return true }
        for path in paths where fileMayContain(needle, path: path) {
            return true
        }
        return false
    }

    private static func fileMayContain(_ needle: [UInt8], path: String) -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return true }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return true }
        let size = Int(status.st_size)
        guard size > 0 else { return false }
        guard let mapped = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), mapped != MAP_FAILED else { return true }
        defer { munmap(mapped, size) }
        let bytes = UnsafeRawBufferPointer(start: mapped, count: size)
        if contains(Array("\\u".utf8), in: bytes) || contains(Array("\\/".utf8), in: bytes) { return true }
        var offset = 0
        while let found = find(needle, in: bytes, from: offset) {
            if isIdentifierValue(at: found, in: bytes) { return true }
            offset = found + 1
        }
        return false
    }

    /// Whether the string starting at `start` follows `"id"` and a colon.
    private static func isIdentifierValue(at start: Int, in bytes: UnsafeRawBufferPointer) -> Bool {
        var position = start - 1
        func skipWhitespace() {
            while position >= 0, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position -= 1 }
        }
        skipWhitespace()
        guard position >= 0, bytes[position] == UInt8(ascii: ":") else { return false }
        position -= 1
        skipWhitespace()
        let key = Array("\"id\"".utf8)
        guard position >= key.count - 1 else { return false }
        return (0..<key.count).allSatisfy { bytes[position - key.count + 1 + $0] == key[$0] }
    }

    private static func contains(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer) -> Bool {
        find(needle, in: bytes, from: 0) != nil
    }

    /// The offset of the first `needle` at or after `offset`: `memchr` for the byte of the needle
    /// that is rarest in the first 64 KB of the text (a quote or a letter of "name" would stop it
    /// at every record), then `memcmp` around it.
    private static func find(_ needle: [UInt8], in bytes: UnsafeRawBufferPointer, from offset: Int) -> Int? {
        guard let base = bytes.baseAddress, !needle.isEmpty else { return nil }
        var counts = [Int](repeating: 0, count: 256)
        for byte in UnsafeRawBufferPointer(rebasing: bytes[offset..<min(bytes.count, offset + 65_536)]) {
            counts[Int(byte)] += 1
        }
        let anchor = needle.indices.min { counts[Int(needle[$0])] < counts[Int(needle[$1])] } ?? 0
        var position = offset + anchor
        while position < bytes.count {
            guard let hit = memchr(base + position, Int32(needle[anchor]), bytes.count - position) else { return nil }
            let start = base.distance(to: UnsafeRawPointer(hit)) - anchor
            if start >= offset, start + needle.count <= bytes.count,
               needle.withUnsafeBytes({ memcmp(base + start, $0.baseAddress!, needle.count) }) == 0 {
                return start
            }
            position = start + anchor + 1
        }
        return nil
    }
}
