/// Back and forward through the places visited, like a web browser: following a link pushes the
/// place left behind; going back pops it and keeps the current place for going forward.
public struct NavigationHistory: Sendable, Hashable {
    public private(set) var back: [Location] = []
    public private(set) var forward: [Location] = []
    /// Older places are forgotten beyond this many.
    static let capacity = 200

    public init() {}

    /// Records `current` as left behind by a jump; the forward list is dropped.
    mutating func leave(_ current: Location) {
        if back.last != current { back.append(current) }
        if back.count > Self.capacity { back.removeFirst(back.count - Self.capacity) }
        forward.removeAll()
    }

    /// The place to go back to from `current`, if any. A place that is where the user already is
    /// (left by closing an overlay, say) is passed over, so back always goes somewhere.
    mutating func goBack(from current: Location) -> Location? {
        while let previous = back.popLast() {
            guard previous != current else { continue }
            forward.append(current)
            return previous
        }
        return nil
    }

    /// The place to go forward to from `current`, if any (places equal to it passed over).
    mutating func goForward(from current: Location) -> Location? {
        while let next = forward.popLast() {
            guard next != current else { continue }
            back.append(current)
            return next
        }
        return nil
    }
}
