/// The records a search tier must look at, either listed (the union of a few posting lists) or
/// described (every record with one of the flagged units), when listing would cost more than
/// walking the records and stopping at the first `limit` matches.
enum CandidateSet {
    /// Ascending rank positions.
    case listed([UInt32])
    /// Records with a flagged unit anywhere, or only as the first unit of the name or English name.
    case flagged(units: [Bool], firstUnitOnly: Bool)
}
