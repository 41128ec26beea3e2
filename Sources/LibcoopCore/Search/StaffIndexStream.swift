import Foundation

/// Builds the staff name index on a thread of its own while the dataset is still being decoded.
///
/// The decoder hands over each person's name as soon as it has read them; the thread folds and
/// transliterates them in batches, so on a two-core machine a million names are indexed in the
/// time it takes to decode them instead of after it. `finish()` waits for the last batch and
/// returns the builder; it must be called once, whether or not the dataset turned out valid.
final class StaffIndexStream: @unchecked Sendable {
    private struct Name {
        var name: String
        var alias: String?
    }

    private static let batchSize = 4096
    private let condition = NSCondition()
    /// Batches handed over and not yet taken by the thread (guarded by `condition`).
    private var handedOver: [[Name]] = []
    /// Set by `finish()`: no more names will come (guarded by `condition`).
    private var closed = false
    /// The thread's builder once every name is in (guarded by `condition`).
    private var built: NameIndexBuilder?
    /// Names not handed over yet (decoding thread only).
    private var batch: [Name] = []

    /// Names added so far (decoding thread only).
    private(set) var count = 0

    init() {
        batch.reserveCapacity(Self.batchSize)
        let thread = Thread { [self] in indexNames() }
        thread.start()
    }

    /// Adds the next person's name and English name. Called from the decoding thread.
    func add(name: String, alias: String?) {
        batch.append(Name(name: name, alias: alias))
        count += 1
        if batch.count == Self.batchSize { handOver() }
    }

    /// Waits until every name added is in the builder, and returns it.
    func finish() -> NameIndexBuilder {
        handOver()
        condition.lock()
        defer { condition.unlock() }
        closed = true
        condition.broadcast()
        while built == nil { condition.wait() }
        return built!
    }

    private func handOver() {
        guard !batch.isEmpty else { return }
        condition.lock()
        handedOver.append(batch)
        condition.signal()
        condition.unlock()
        batch = []
        batch.reserveCapacity(Self.batchSize)
    }

    private func indexNames() {
        var builder = NameIndexBuilder()
        var done = false
        while !done {
            condition.lock()
            while handedOver.isEmpty && !closed { condition.wait() }
            let batches = handedOver
            handedOver.removeAll()
            done = closed && batches.isEmpty
            condition.unlock()
            for names in batches {
                for name in names { builder.add(name: name.name, alias: name.alias) }
            }
        }
        condition.lock()
        built = builder
        condition.broadcast()
        condition.unlock()
    }
}
