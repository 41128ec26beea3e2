/// A cursor-position report that reached the terminal input after the start-up probe stopped
/// waiting for it (a slow SSH link), and would otherwise be read as keys: `ESC [ 5 ; 3 R` is
/// Alt-`[`, then `5` (a tab switch), `;`, `3`, `R`.
///
/// Until one has been seen, the backend removes the first such sequence from what it reads. When
/// the probe's deadline cut a report short (`ESC [ 1` read, `2 ; 3 R` still to come), the part it
/// read is the start of the one to remove.
enum LateCursorReport {
    /// `burst` without the first report found in `cutStart + burst`; nil if there is none. A
    /// `cutStart` that is not the start of that report stays dropped, as the probe dropped it.
    static func removing(from burst: [RawInput], cutStart: [RawInput]) -> [RawInput]? {
        var joined = cutStart + burst
        guard let report = range(in: joined) else { return nil }
        joined.removeSubrange(report)
        return report.lowerBound >= cutStart.count ? Array(joined.dropFirst(cutStart.count)) : joined
    }

    /// The positions of the first `ESC [ digits ; digits R` made of characters in `burst`, or nil.
    static func range(in burst: [RawInput]) -> Range<Int>? {
        let characters = burst.map { input -> UInt32? in
            if case .character(let scalar) = input { return scalar }
            return nil
        }
        var start = 0
        while let escape = characters[start...].firstIndex(of: 0x1B) {
            if let end = reportEnd(characters, from: escape) { return escape..<end }
            start = escape + 1
        }
        return nil
    }

    /// The index just past a report starting with ESC at `escape`, or nil if none starts there.
    private static func reportEnd(_ characters: [UInt32?], from escape: Int) -> Int? {
        var index = escape + 1
        guard index < characters.count, characters[index] == UInt32(UInt8(ascii: "[")) else { return nil }
        index += 1
        for field in 0..<2 {
            let digitsStart = index
            while index < characters.count, let scalar = characters[index],
                  scalar >= UInt32(UInt8(ascii: "0")), scalar <= UInt32(UInt8(ascii: "9")) {
                index += 1
            }
            guard index > digitsStart, index - digitsStart <= 6, index < characters.count else { return nil }
            let expected = UInt32(UInt8(ascii: field == 0 ? ";" : "R"))
            guard characters[index] == expected else { return nil }
            index += 1
        }
        return index
    }
}
