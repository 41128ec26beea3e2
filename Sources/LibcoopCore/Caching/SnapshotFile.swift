/// One cache file: which dataset files a snapshot was made from (their stamps), and the snapshot,
/// with a checksum over it.
///
/// Layout: the magic `libcoop\u{1A}`, the snapshot format's schema signature, the `BuildStamp` of
/// the libcoop that wrote it, the source stamps
/// (each path, size, modification time and fingerprint), the snapshot's length and checksum, the
/// snapshot. `sources` reads just enough to decide whether the snapshot is still the files'
/// (`DatasetCache` checks them against the disk); `dataset` checks the checksum and decodes.
enum SnapshotFile {
    private static let magic: [UInt8] = Array("libcoop\u{1A}".utf8)

    /// The file's bytes, in parts to be written one after the other.
    static func encode(_ dataset: Dataset, sources: [SourceStamp], build: UInt64 = BuildStamp.current) -> [[UInt8]] {
        let (tables, body) = DatasetSnapshot.encode(dataset)
        var header = magic
        appendWord(DatasetSnapshot.schemaSignature, to: &header)
        appendWord(build, to: &header)
        SnapshotWriter.appendVarint(UInt64(sources.count), to: &header)
        for source in sources {
            let path = Array(source.path.utf8)
            SnapshotWriter.appendVarint(UInt64(path.count), to: &header)
            header += path
            SnapshotWriter.appendVarint(UInt64(source.size), to: &header)
            SnapshotWriter.appendVarint(UInt64(bitPattern: Int64(source.modifiedSeconds)), to: &header)
            SnapshotWriter.appendVarint(UInt64(source.modifiedNanoseconds), to: &header)
            appendWord(source.fingerprint, to: &header)
        }
        SnapshotWriter.appendVarint(UInt64(tables.count), to: &header)
        appendWord(tables.withUnsafeBufferPointer { FileFingerprint($0).hash }, to: &header)
        SnapshotWriter.appendVarint(UInt64(body.count), to: &header)
        appendWord(body.withUnsafeBufferPointer { FileFingerprint($0).hash }, to: &header)
        return [header, tables, body]
    }

    /// The stamps a cache file records, and where its snapshot starts; `nil` for a file that is
    /// not a snapshot written by this libcoop `build` (another format or build, cut short, corrupt).
    static func sources(in bytes: UnsafeRawBufferPointer, build: UInt64 = BuildStamp.current) -> (sources: [SourceStamp], snapshotStart: Int)? {
        var offset = 0
        guard bytes.count >= magic.count, zip(bytes, magic).allSatisfy({ $0 == $1 }) else { return nil }
        offset = magic.count
        guard let signature = word(in: bytes, at: &offset), signature == DatasetSnapshot.schemaSignature,
              let writer = word(in: bytes, at: &offset), writer == build,
              let count = varint(in: bytes, at: &offset), count <= 4096 else { return nil }
        var sources: [SourceStamp] = []
        for _ in 0..<count {
            guard let length = varint(in: bytes, at: &offset), length <= UInt64(bytes.count - offset) else { return nil }
            let path = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[offset..<(offset + Int(length))]), as: UTF8.self)
            offset += Int(length)
            guard let size = varint(in: bytes, at: &offset), size <= UInt64(Int.max),
                  let seconds = varint(in: bytes, at: &offset),
                  let nanoseconds = varint(in: bytes, at: &offset), nanoseconds < 1_000_000_000,
                  let fingerprint = word(in: bytes, at: &offset) else { return nil }
            sources.append(SourceStamp(
                path: path, size: Int(size), modifiedSeconds: Int(Int64(bitPattern: seconds)),
                modifiedNanoseconds: Int(nanoseconds), fingerprint: fingerprint
            ))
        }
        return (sources, offset)
    }

    /// The dataset in a cache file whose stamps have been read by `sources`, or `nil` when a
    /// checksum does not match or it does not decode.
    static func dataset(in bytes: UnsafeRawBufferPointer, snapshotStart: Int, staffNames: StaffIndexStream? = nil) -> Dataset? {
        var offset = snapshotStart
        guard let tablesLength = varint(in: bytes, at: &offset), let tablesChecksum = word(in: bytes, at: &offset),
              let bodyLength = varint(in: bytes, at: &offset), let bodyChecksum = word(in: bytes, at: &offset),
              tablesLength <= UInt64(bytes.count - offset), bodyLength == UInt64(bytes.count - offset) - tablesLength else { return nil }
        let tablesEnd = offset + Int(tablesLength)
        let tables = UnsafeRawBufferPointer(rebasing: bytes[offset..<tablesEnd])
        let body = UnsafeRawBufferPointer(rebasing: bytes[tablesEnd...])
        guard FileFingerprint(tables.assumingMemoryBound(to: UInt8.self)).hash == tablesChecksum,
              FileFingerprint(body.assumingMemoryBound(to: UInt8.self)).hash == bodyChecksum else { return nil }
        return try? DatasetSnapshot.decode(UnsafeRawBufferPointer(rebasing: bytes[offset...]), staffNames: staffNames)
    }

    private static func appendWord(_ value: UInt64, to bytes: inout [UInt8]) {
        for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
    }

    private static func word(in bytes: UnsafeRawBufferPointer, at offset: inout Int) -> UInt64? {
        guard bytes.count - offset >= 8 else { return nil }
        let value = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        offset += 8
        return value
    }

    private static func varint(in bytes: UnsafeRawBufferPointer, at offset: inout Int) -> UInt64? {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            let byte = bytes[offset]
            offset += 1
            guard shift < 63 || (shift == 63 && byte <= 1) else { return nil }
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
        return nil
    }
}
