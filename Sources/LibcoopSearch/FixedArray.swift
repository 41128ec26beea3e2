/// An immutable array of plain integers in memory it owns, read through a pointer.
///
/// The search's inner loops read these millions of times per query; a pointer read has no
/// reference counting, no exclusivity check and (in release builds) no bounds check, and the
/// buffer is exactly as long as its contents. The memory is freed with the last reference.
/// Debug builds check every index.
final class FixedArray<Element: BitwiseCopyable>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ array: [Element]) {
        count = array.count
        base = .allocate(capacity: max(count, 1))
        array.withUnsafeBufferPointer { source in
            if let address = source.baseAddress { base.initialize(from: address, count: count) }
        }
    }

    /// `count` elements set to `value`, then changed by `fill` before the array is shared.
    init(count: Int, repeating value: Element, fill: (UnsafeMutableBufferPointer<Element>) -> Void = { _ in }) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: value, count: max(count, 1))
        fill(UnsafeMutableBufferPointer(start: base, count: count))
    }

    deinit {
        base.deallocate()
    }

    @inline(__always)
    subscript(index: Int) -> Element {
        assert(index >= 0 && index < count, "index \(index) out of 0..<\(count)")
        return base[index]
    }

    /// Reads the elements as a buffer.
    func withUnsafeBufferPointer<Result>(_ body: (UnsafeBufferPointer<Element>) throws -> Result) rethrows -> Result {
        try body(UnsafeBufferPointer(start: base, count: count))
    }

    var storageBytes: Int { count * MemoryLayout<Element>.stride }
}
