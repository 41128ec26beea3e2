/// Deciding how one record matches a query.
///
/// A name is a sequence of units; a query matches from some unit on when it splits into pieces,
/// one per unit in turn, each piece the unit's character or the start of one of its readings
/// (`zhangqw` = zhang·q·w for 张庆文, `张q` = 张·q). Reach masks (bit `i`: the first `i` atoms are
/// matched) are carried across the units, so every way of splitting is tried at once:
///
/// - whole pieces from the first unit (each piece a character or a whole reading) that cover the
///   whole name make an exact match (`jiaoxiang`, `焦翔`, `焦xiang`);
/// - whole pieces from the first unit and then one partial piece make a prefix match: the query
///   is the start of the name's characters or pinyin (`jiaox`, `张q`, `zhang庆`);
/// - any pieces from any unit make a word-start match: abbreviations and later syllables
///   (`jx`, `zhangqw`, `xiang`, `翔`);
/// - whole pieces that begin inside a reading, then one partial piece, make a substring match: the
///   query is inside the name's pinyin (`iaox`);
/// - otherwise the query's atoms in order, with gaps, make a subsequence match (`jxg`).
extension NameIndex {
    /// The best kind of match between the query and the record at `position`, looking only for
    /// kinds up to `worst` (a search for prefix matches need not look for substrings), or `nil`.
    /// Looking for substrings or subsequences needs `plan.prepareWeakerKinds` first.
    func bestMatch(at position: Int, plan: QueryPlan, through worst: MatchKind) -> MatchKind? {
        let slots = unitSlots(of: position)
        if worst == .subsequence {
            var sequenceStart = slots.lowerBound
            var isCandidate = false
            while sequenceStart < slots.upperBound && !isCandidate {
                var sequenceEnd = sequenceStart
                while sequenceEnd < slots.upperBound && sequenceUnits[sequenceEnd] != Self.separator { sequenceEnd &+= 1 }
                isCandidate = isSubsequence(plan: plan, of: sequenceStart..<sequenceEnd)
                sequenceStart = sequenceEnd &+ 1
            }
            if !isCandidate { return nil }
        }
        var best: MatchKind?
        var sequenceStart = slots.lowerBound
        while sequenceStart < slots.upperBound {
            var sequenceEnd = sequenceStart
            while sequenceEnd < slots.upperBound && sequenceUnits[sequenceEnd] != Self.separator { sequenceEnd &+= 1 }
            if let kind = bestMatch(inSequence: sequenceStart..<sequenceEnd, plan: plan, through: best.map { min($0, worst) } ?? worst) {
                if kind == .exact { return .exact }
                best = min(best ?? kind, kind)
            }
            sequenceStart = sequenceEnd &+ 1
        }
        return best ?? (worst == .subsequence ? .subsequence : nil)
    }

    private func bestMatch(inSequence slots: Range<Int>, plan: QueryPlan, through worst: MatchKind) -> MatchKind? {
        guard !slots.isEmpty else { return nil }
        let full = plan.full
        let findsWords = worst >= .wordStart
        let findsInside = worst >= .substring
        var whole: UInt64 = 1
        var fromAnyUnit: UInt64 = 0
        var fromInside: UInt64 = 0
        var prefixHit = false
        var wordHit = false
        var insideHit = false
        for slot in slots {
            let unit = Int(sequenceUnits[slot])
            if whole != 0 {
                if !prefixHit && endsWithPartialPiece(whole, at: unit, plan: plan) { prefixHit = true }
                whole = advanceByWholePieces(whole, through: unit, plan: plan)
            }
            if findsWords && !wordHit {
                fromAnyUnit = advance(fromAnyUnit | 1, through: unit, plan: plan)
                if fromAnyUnit & full != 0 { wordHit = true }
            }
            if findsInside && !insideHit {
                if fromInside != 0 && endsWithPartialPiece(fromInside, at: unit, plan: plan) { insideHit = true }
                let entered = plan.insideStarts[unit]
                if entered & full != 0 { insideHit = true }
                fromInside = advanceByWholePieces(fromInside, through: unit, plan: plan) | (entered & (full &- 1))
            }
            if !findsWords && whole == 0 { break }
        }
        if whole & full != 0 { return .exact }
        if prefixHit { return worst >= .prefix ? .prefix : nil }
        if wordHit { return .wordStart }
        if insideHit { return .substring }
        return nil
    }

    /// Whether, from some place reached in `reach`, the rest of the query is the start of one of
    /// `unit`'s readings (or its character): the last, partial piece of a prefix or substring match.
    @inline(__always)
    private func endsWithPartialPiece(_ reach: UInt64, at unit: Int, plan: QueryPlan) -> Bool {
        var pending = reach & (plan.full &- 1)
        let length = plan.length
        let row = unit &* length
        while pending != 0 {
            let start = pending.trailingZeroBitCount
            pending &= pending &- 1
            if Int(plan.pieceLengths[row &+ start]) >= length &- start { return true }
        }
        return false
    }

    /// The reach mask after `unit`: from every matched place `i`, the query can go on by any piece
    /// the unit can take there.
    @inline(__always)
    func advance(_ reach: UInt64, through unit: Int, plan: QueryPlan) -> UInt64 {
        var pending = reach & (plan.full &- 1)
        var next: UInt64 = 0
        let row = unit &* plan.length
        while pending != 0 {
            let start = pending.trailingZeroBitCount
            pending &= pending &- 1
            let taken = UInt64(plan.pieceLengths[row &+ start])
            if taken != 0 { next |= ((1 &<< taken) &- 1) &<< UInt64(start &+ 1) }
        }
        return next
    }

    /// The reach mask after `unit` when each piece must be the unit's character or a whole reading.
    @inline(__always)
    func advanceByWholePieces(_ reach: UInt64, through unit: Int, plan: QueryPlan) -> UInt64 {
        var pending = reach & (plan.full &- 1)
        var next: UInt64 = 0
        let row = unit &* plan.length
        while pending != 0 {
            let start = pending.trailingZeroBitCount
            pending &= pending &- 1
            let ends = plan.wholePieces[row &+ start]
            if ends == 0 { continue }
            next |= UInt64(ends & ~1) &<< UInt64(start)
            if ends & 1 != 0 { next |= longWholePieceEnds(from: start, unit: unit, plan: plan) }
        }
        return next & ((plan.full &<< 1) &- 1)
    }

    /// Ends of whole readings longer than 15 letters (long English words) starting at `start`.
    private func longWholePieceEnds(from start: Int, unit: Int, plan: QueryPlan) -> UInt64 {
        var ends: UInt64 = 0
        for reading in units.readings(of: unit) {
            let bytes = units.byteRange(ofReading: reading)
            guard bytes.count >= 16, start + bytes.count <= plan.length else { continue }
            if (0..<bytes.count).allSatisfy({ plan.atoms[start + $0] == UInt32(units.bytes[bytes.lowerBound + $0]) }) {
                ends |= 1 << UInt64(start + bytes.count)
            }
        }
        return ends
    }

    /// Whether the query's atoms appear in order in the sequence: each unit takes the next atom if
    /// it is the unit's character, or as many next letters as one of its readings holds in order.
    /// Taking as many as possible at each unit is never worse, so one greedy pass decides.
    @inline(__always)
    private func isSubsequence(plan: QueryPlan, of slots: Range<Int>) -> Bool {
        let length = plan.length
        var next = 0
        for slot in slots {
            next &+= Int(plan.subsequenceTakes[Int(sequenceUnits[slot]) &* length &+ next])
            if next == length { return true }
        }
        return false
    }
}
