// libFuzzer target for the dataset loader, the validator, staff search and the cache's snapshot
// reader.
//
// Not part of the SwiftPM package: scripts/fuzz.sh compiles this file together with every source
// of Sources/LibcoopCore into one module with `swiftc -sanitize=fuzzer,address` (linked with the
// search engine, Sources/LibcoopSearch, built as a module of its own), so it sees the core's API
// without an `import`. libFuzzer supplies `main`, hence `-parse-as-library` and no
// top-level code here.
//
// Crashes matter, and one property: a dataset that loads reads back from its snapshot unchanged.
// Load errors, corrupt snapshots and empty search results are expected and ignored.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    exerciseSnapshotReader(bytes)
    let dataset: Dataset
    do {
        dataset = try DatasetLoader.load(bytes: bytes, name: "fuzz.json")
    } catch {
        // Formatting the diagnostics (line/column, pointers) is what the CLI does next.
        _ = error.description
        return 0
    }
    exerciseSearch(dataset, bytes)
    exerciseSnapshot(dataset, bytes)
    return 0
}

/// The input read as a snapshot and as a whole cache file: any bytes must read back as records
/// or be refused, never crash.
private func exerciseSnapshotReader(_ bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
        _ = try? DatasetSnapshot.decode(buffer)
        if let header = SnapshotFile.sources(in: buffer) {
            _ = SnapshotFile.dataset(in: buffer, snapshotStart: header.snapshotStart)
        }
    }
}

/// The loaded dataset's snapshot reads back equal, record for record; with one byte changed (at
/// a place the input chooses) it reads back as something or is refused, never crashes.
private func exerciseSnapshot(_ dataset: Dataset, _ bytes: [UInt8]) {
    var snapshot = DatasetSnapshot.encodedWhole(dataset)
    let decoded = snapshot.withUnsafeBytes { try? DatasetSnapshot.decode($0) }
    guard let decoded, decoded.info == dataset.info, decoded.sources == dataset.sources,
          decoded.organizations == dataset.organizations, decoded.libraries == dataset.libraries,
          decoded.staff == dataset.staff, decoded.programs == dataset.programs, decoded.events == dataset.events,
          decoded.phases == dataset.phases, decoded.documents == dataset.documents else {
        fatalError("a dataset that loaded did not read back equal from its snapshot")
    }
    var hash = FuzzHash(bytes)
    let position = hash.next(below: snapshot.count)
    snapshot[position] ^= UInt8(truncatingIfNeeded: 1 + hash.next(below: 255))
    _ = snapshot.withUnsafeBytes { try? DatasetSnapshot.decode($0) }
}

/// Searches the loaded dataset with queries taken from the input: a window of the raw bytes
/// (any UTF-8, even broken), and names of the loaded people, whole, cut and typed one character at
/// a time into a `SearchSession`.
private func exerciseSearch(_ dataset: Dataset, _ bytes: [UInt8]) {
    var hash = FuzzHash(bytes)
    let index = StaffSearchIndex(dataset)

    var queries: [String] = []
    if !bytes.isEmpty {
        let start = hash.next(below: bytes.count)
        let length = 1 + hash.next(below: 16)
        queries.append(String(decoding: bytes[start..<min(bytes.count, start + length)], as: UTF8.self))
    }
    for member in dataset.staff.prefix(3) {
        let name = Array(member.name)
        queries.append(member.name)
        if !name.isEmpty {
            let from = hash.next(below: name.count)
            let to = from + 1 + hash.next(below: name.count - from)
            queries.append(String(name[from..<to]))
        }
    }

    let libraries: [String?] = [nil] + dataset.libraries.prefix(1).map { Optional($0.id) }
    for library in libraries {
        for query in queries {
            _ = index.search(query, library: library, limit: 1 + hash.next(below: 30))
        }
    }

    // Incremental search, keystroke by keystroke, then deleting back, as the browser does.
    if let typed = queries.last {
        var session = SearchSession(index: index, library: libraries.last ?? nil, limit: 20)
        var text = ""
        for character in typed.prefix(24) {
            text.append(character)
            _ = session.search(text)
        }
        while !text.isEmpty {
            text.removeLast()
            _ = session.search(text)
        }
    }
}

/// FNV-1a over the input, then SplitMix64 steps: choices derived from the input alone, so a
/// crashing input replays the same way.
private struct FuzzHash {
    private var state: UInt64

    init(_ bytes: [UInt8]) {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        state = h
    }

    mutating func next(below bound: Int) -> Int {
        guard bound > 1 else { return 0 }
        state &+= 0x9e37_79b9_7f4a_7c15
        var z = state
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        z ^= z >> 31
        return Int(z % UInt64(bound))
    }
}
