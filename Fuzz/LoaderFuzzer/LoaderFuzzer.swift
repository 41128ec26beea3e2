// libFuzzer target for the dataset loader, the validator and staff search.
//
// Not part of the SwiftPM package: scripts/fuzz.sh compiles this file together with every source
// of Sources/LibcoopCore into one module with `swiftc -sanitize=fuzzer,address` (linked with the
// search engine, Sources/LibcoopSearch, built as a module of its own), so it sees the core's API
// without an `import`. libFuzzer supplies `main`, hence `-parse-as-library` and no
// top-level code here.
//
// Only crashes matter: load errors and empty search results are expected and ignored.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let dataset: Dataset
    do {
        dataset = try DatasetLoader.load(bytes: bytes, name: "fuzz.json")
    } catch {
        // Formatting the diagnostics (line/column, pointers) is what the CLI does next.
        _ = error.description
        return 0
    }
    exerciseSearch(dataset, bytes)
    return 0
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
