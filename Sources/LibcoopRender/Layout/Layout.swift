/// Splits a rect into parts along one direction according to constraints, so widgets never
/// compute the positions of their siblings.
///
/// ```swift
/// let rows = Layout(.vertical, [.fixed(1), .fill(1), .fixed(1)]).split(screen)
/// let (tabs, body, status) = (rows[0], rows[1], rows[2])
/// ```
///
/// Sizes are resolved in this order:
/// 1. `fixed`, `percentage` and `min` parts get their size (`max` and `fill` start at 0);
/// 2. if these do not fit, they are shrunk proportionally until they do;
/// 3. leftover space goes to `fill` and `max` parts by weight (`max` capped at its limit), then,
///    if none remains to take it, to `min` parts equally; any rest stays unused at the end.
/// Rounding remainders go to the earliest parts, so the result is deterministic. O(n) in the
/// number of constraints.
public struct Layout: Hashable, Sendable {
    /// Columns (horizontal) or rows (vertical).
    public var direction: Direction
    /// One constraint per part.
    public var constraints: [Constraint]
    /// Cells left empty between neighbouring parts.
    public var spacing: Int

    /// A layout splitting in `direction` into one part per constraint.
    public init(_ direction: Direction, _ constraints: [Constraint], spacing: Int = 0) {
        self.direction = direction
        self.constraints = constraints
        self.spacing = max(0, spacing)
    }

    /// The parts of `area`, one rect per constraint, in order.
    public func split(_ area: Rect) -> [Rect] {
        let total = direction == .horizontal ? area.width : area.height
        let sizes = Layout.resolve(constraints, total: total, spacing: spacing)
        var offset = 0
        var result: [Rect] = []
        result.reserveCapacity(sizes.count)
        for size in sizes {
            let start = min(offset, total)
            let length = min(size, total - start)
            switch direction {
            case .horizontal:
                result.append(Rect(x: area.x + start, y: area.y, width: length, height: area.height))
            case .vertical:
                result.append(Rect(x: area.x, y: area.y + start, width: area.width, height: length))
            }
            offset += size + spacing
        }
        return result
    }

    /// The lengths of the parts for `total` cells.
    static func resolve(_ constraints: [Constraint], total: Int, spacing: Int) -> [Int] {
        guard !constraints.isEmpty else { return [] }
        let available = max(0, total - spacing * (constraints.count - 1))
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n), .min(let n): return max(0, n)
            case .percentage(let p): return available * Swift.min(100, Swift.max(0, p)) / 100
            case .max, .fill: return 0
            }
        }
        let requested = sizes.reduce(0, +)
        if requested > available {
            sizes = shrink(sizes, to: available)
            return sizes
        }
        var leftover = available - requested
        // Leftover to fill and max parts by weight, max capped; repeat while caps free space.
        var growable = constraints.indices.filter {
            switch constraints[$0] { case .fill, .max: true; default: false }
        }
        while leftover > 0, !growable.isEmpty {
            let weights = growable.map { index -> Int in
                if case .fill(let weight) = constraints[index] { return Swift.max(0, weight) }
                return 1
            }
            let shares = distribute(leftover, weights: weights)
            var capped: [Int] = []
            var given = 0
            for (position, index) in growable.enumerated() {
                var share = shares[position]
                if case .max(let limit) = constraints[index] {
                    let room = Swift.max(0, limit - sizes[index])
                    if share >= room {
                        share = room
                        capped.append(index)
                    }
                }
                sizes[index] += share
                given += share
            }
            leftover -= given
            growable.removeAll { capped.contains($0) }
            if capped.isEmpty { break }
        }
        // Without fill parts to take it, min parts grow.
        let fillsPresent = constraints.contains { if case .fill(let w) = $0 { return w > 0 } else { return false } }
        if leftover > 0, !fillsPresent {
            let mins = constraints.indices.filter { if case .min = constraints[$0] { true } else { false } }
            if !mins.isEmpty {
                let shares = distribute(leftover, weights: Array(repeating: 1, count: mins.count))
                for (position, index) in mins.enumerated() { sizes[index] += shares[position] }
            }
        }
        return sizes
    }

    /// `sizes` scaled down proportionally so that they sum to `target`.
    static func shrink(_ sizes: [Int], to target: Int) -> [Int] {
        let sum = sizes.reduce(0, +)
        guard sum > 0 else { return sizes }
        return distribute(target, weights: sizes)
    }

    /// `amount` split in proportion to `weights`, remainders to the earliest non-zero weights.
    static func distribute(_ amount: Int, weights: [Int]) -> [Int] {
        let totalWeight = weights.reduce(0, +)
        guard totalWeight > 0, amount > 0 else { return Array(repeating: 0, count: weights.count) }
        var shares = weights.map { amount * $0 / totalWeight }
        var remainder = amount - shares.reduce(0, +)
        var index = 0
        while remainder > 0 {
            if weights[index] > 0 {
                shares[index] += 1
                remainder -= 1
            }
            index = (index + 1) % weights.count
        }
        return shares
    }
}
