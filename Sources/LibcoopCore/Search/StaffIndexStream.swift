import Foundation
import LibcoopSearch

/// Builds the staff name index on a thread of its own while the dataset is still being decoded.
///
/// The decoding thread hands over each person's name as soon as it has read them (`add`), and
/// says when it is done (`close`, always called, which also ends the thread); the thread folds
/// and transliterates the names in batches, so on a two-core machine a million names are
/// indexed in the time it takes to decode them instead of after it. `finish` then waits for the
/// last batch and makes the index, from any thread.
final class StaffIndexStream: @unchecked Sendable {
    private struct Name {
        var name: String
        var alias: String?
    }

    private static let batchSize = 4096
    private let condition = NSCondition()
    /// Batches handed over and not yet taken by the thread (guarded by `condition`).
    private var handedOver: [[Name]] = []
    /// Set by `close`: no more names will come (guarded by `condition`).
    private var closed = false
    /// Set by `close(discarding: true)`: names not indexed yet are dropped (guarded by `condition`).
    private var discarding = false
    /// The thread's builder once every name is in, until `finish` takes it (guarded by `condition`).
    private var built: NameIndexBuilder?
    /// Names not handed over yet (decoding thread only).
    private var batch: [Name] = []
    /// Names added (decoding thread only, read by `finish` after `close`).
    private var added = 0

    init() {
        batch.reserveCapacity(Self.batchSize)
        let thread = Thread { [self] in indexNames() }
        thread.start()
    }

    /// Adds the next person's name and English name. Called from the decoding thread.
    func add(name: String, alias: String?) {
        batch.append(Name(name: name, alias: alias))
        added += 1
        if batch.count == Self.batchSize { handOver() }
    }

    /// Tells the thread that no more names will come, from the decoding thread once decoding is
    /// over; with `discarding` (the files had problems, so no index will be used) the names not
    /// indexed yet are dropped and the thread ends at once.
    func close(discarding: Bool) {
        handOver()
        condition.lock()
        closed = true
        self.discarding = discarding
        condition.broadcast()
        condition.unlock()
    }

    /// Waits until every name added is in, and ranks them into the index of `staff` (the people
    /// whose names were added, in the same order) by `libraries` and `organizations`. Call once,
    /// after `close(discarding: false)`.
    func finish(staff: [StaffMember], libraries: [Library], organizations: [Organization]) -> StaffSearchIndex {
        condition.lock()
        while built == nil { condition.wait() }
        let builder = built.take()!
        condition.unlock()
        assert(added == staff.count, "every person decoded is handed to the stream, in order")
        guard added == staff.count else { return StaffSearchIndex(staff: staff, libraries: libraries, organizations: organizations) }
        return StaffSearchIndex(staff: staff, libraries: libraries, organizations: organizations, names: consume builder)
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
            let batches = discarding ? [] : handedOver
            handedOver.removeAll()
            done = closed && (batches.isEmpty || discarding)
            condition.unlock()
            for names in batches {
                for name in names { builder.note(name.name) }
                builder.prepareNoted()
                for name in names { builder.add(name: name.name, alias: name.alias) }
            }
        }
        condition.lock()
        built = builder
        condition.broadcast()
        condition.unlock()
    }
}
