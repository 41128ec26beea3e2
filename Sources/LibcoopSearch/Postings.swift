/// For each unit, the ascending rank positions of the records whose names contain it, all lists in
/// one array (compressed sparse rows), so a million names cost one allocation.
struct Postings: Sendable {
    /// Unit `u`'s positions are `positions[starts[u] ..< starts[u + 1]]`.
    let starts: FixedArray<UInt32>
    let positions: FixedArray<UInt32>

    /// Builds the lists in one counting pass and one filling pass. `unitsOf(position, emit)` must
    /// emit each unit at most once per position, positions in ascending order.
    init(unitCount: Int, positionCount: Int, unitsOf: (Int, (UInt32) -> Void) -> Void) {
        var counts = [UInt32](repeating: 0, count: unitCount + 1)
        for position in 0..<positionCount {
            unitsOf(position) { unit in counts[Int(unit) + 1] += 1 }
        }
        for unit in 0..<unitCount { counts[unit + 1] += counts[unit] }
        var cursors = counts
        var positions = [UInt32](repeating: 0, count: Int(counts[unitCount]))
        for position in 0..<positionCount {
            unitsOf(position) { unit in
                positions[Int(cursors[Int(unit)])] = UInt32(position)
                cursors[Int(unit)] += 1
            }
        }
        starts = FixedArray(counts)
        self.positions = FixedArray(positions)
    }

    /// Where unit `unit`'s list lies in `positions`.
    func range(of unit: Int) -> Range<Int> {
        Int(starts[unit])..<Int(starts[unit + 1])
    }

    func count(of unit: Int) -> Int {
        Int(starts[unit + 1] - starts[unit])
    }

    var storageBytes: Int { starts.storageBytes + positions.storageBytes }
}
