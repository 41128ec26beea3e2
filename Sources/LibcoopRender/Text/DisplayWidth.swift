// Display width: how many terminal columns a piece of text occupies.
//
// Width is measured per grapheme cluster (a `Character`), never per scalar or UTF-16 unit:
// - CJK ideographs, kana, Hangul syllables and fullwidth forms take 2 columns;
// - emoji with emoji presentation, emoji with U+FE0F, ZWJ sequences and flags take 2;
// - combining marks, variation selectors and other format characters join their base: 0 extra;
// - a cluster made only of zero-width scalars (a lone ZWSP, a stray combining mark) takes 0;
// - control characters take 0 (they are never drawn; see `TerminalText.sanitized`);
// - East Asian Ambiguous characters take 1, or 2 under `AmbiguousWidth.wide`.

extension Unicode.Scalar {
    /// Columns this scalar takes on its own (0, 1 or 2), ignoring the cluster it belongs to.
    /// Control characters count 0.
    func columnWidth(ambiguous: AmbiguousWidth) -> Int {
        let v = value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }
        if v < 0xA0 { return 0 }  // DEL and C1 controls
        if v < 0x300 {
            // Latin-1 and Latin Extended: only the ambiguous ones need the table.
            return DisplayWidthTable.ambiguous.containsScalar(v) ? ambiguous.columns : 1
        }
        // CJK ideographs, the bulk of Chinese text, are all wide (a test checks the tables agree).
        if (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) { return 2 }
        if ScalarWidthCache.range.contains(v) {
            switch ScalarWidthCache.kinds[Int(v - ScalarWidthCache.range.lowerBound)] {
            case .zero: return 0
            case .wide: return 2
            case .ambiguous: return ambiguous.columns
            case .narrow: return 1
            }
        }
        return tableWidthKind.columns(ambiguous: ambiguous)
    }

    /// What the generated tables say of this scalar's width, looked up in the order
    /// `columnWidth` has always used: zero width, then wide, then ambiguous.
    var tableWidthKind: ScalarWidthCache.Kind {
        let v = value
        if DisplayWidthTable.zeroWidth.containsScalar(v) { return .zero }
        if DisplayWidthTable.wide.containsScalar(v) { return .wide }
        if DisplayWidthTable.ambiguous.containsScalar(v) { return .ambiguous }
        // Emoji added to Unicode after the generated table: trust the standard library's
        // (newer) emoji data for the pictographic planes.
        if v >= 0x1F000, v <= 0x1FAFF, properties.isEmojiPresentation { return .wide }
        return .narrow
    }

    /// Whether this is a C0 or C1 control character or DEL.
    var isTerminalControl: Bool { value < 0x20 || (value >= 0x7F && value < 0xA0) }

    /// Whether this scalar is a regional indicator (half of a flag emoji).
    var isRegionalIndicator: Bool { value >= 0x1F1E6 && value <= 0x1F1FF }
}

/// The width kind of every scalar from U+2000 to U+33FF (punctuation, symbols, box drawing, CJK
/// punctuation and kana: what frames and Chinese text use besides ideographs), looked up in the
/// generated tables once, so drawing them costs no binary search.
enum ScalarWidthCache {
    enum Kind: UInt8 {
        case zero, narrow, wide, ambiguous

        func columns(ambiguous: AmbiguousWidth) -> Int {
            switch self {
            case .zero: 0
            case .narrow: 1
            case .wide: 2
            case .ambiguous: ambiguous.columns
            }
        }
    }

    static let range: Range<UInt32> = 0x2000..<0x3400

    static let kinds: [Kind] = range.map { Unicode.Scalar($0)?.tableWidthKind ?? .narrow }
}

extension Array where Element == ClosedRange<UInt32> {
    /// Binary search in sorted, non-overlapping ranges. O(log n).
    @inline(__always)
    func containsScalar(_ value: UInt32) -> Bool {
        var low = 0
        var high = count - 1
        if high < 0 || value < self[0].lowerBound || value > self[high].upperBound { return false }
        while low <= high {
            let mid = (low &+ high) >> 1
            let range = self[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}

public extension Character {
    /// The number of terminal columns this grapheme cluster occupies (0, 1 or 2), with East Asian
    /// Ambiguous characters measured as `AmbiguousWidth.current` decides (narrow by default).
    var displayWidth: Int { displayWidth(ambiguous: nil) }

    /// The number of terminal columns this grapheme cluster occupies (0, 1 or 2).
    /// - Parameter ambiguous: the width of East Asian Ambiguous characters; `nil` means
    ///   `AmbiguousWidth.current`.
    func displayWidth(ambiguous: AmbiguousWidth?) -> Int {
        let scalars = unicodeScalars
        var iterator = scalars.makeIterator()
        guard let first = iterator.next() else { return 0 }
        // Fast path: a single printable ASCII scalar.
        if first.value >= 0x20, first.value < 0x7F, scalars.count == 1 { return 1 }
        var width = 0
        var regionalIndicators = 0
        var emojiPresentationSelector = false
        for scalar in scalars {
            switch scalar.value {
            case 0xFE0F:
                emojiPresentationSelector = true
            case 0x1F1E6...0x1F1FF:
                regionalIndicators += 1
            default:
                break
            }
            if width < 2 {
                let scalarWidth = scalar.columnWidth(ambiguous: ambiguous ?? .narrow)
                if scalarWidth > width {
                    width = scalarWidth
                }
            }
        }
        if width == 1, ambiguous == nil, AmbiguousWidth.current == .wide {
            // Re-measure only when ambiguous characters could matter (rare path).
            width = scalars.reduce(0) { max($0, $1.columnWidth(ambiguous: .wide)) }
        }
        if width == 0 { return 0 }
        if emojiPresentationSelector || regionalIndicators >= 2 { return 2 }
        return min(width, 2)
    }
}

public extension String {
    /// The number of terminal columns this text occupies: the sum of its grapheme clusters'
    /// widths (see `Character.displayWidth`). O(n) in the length of the string.
    var displayWidth: Int { displayWidth(ambiguous: nil) }

    /// The number of terminal columns this text occupies.
    /// - Parameter ambiguous: the width of East Asian Ambiguous characters; `nil` means
    ///   `AmbiguousWidth.current`.
    func displayWidth(ambiguous: AmbiguousWidth?) -> Int {
        if let asciiWidth = printableASCIIWidth { return asciiWidth }
        let resolved = ambiguous ?? AmbiguousWidth.current
        if let standaloneWidth = unicodeScalars.standaloneScalarsWidth(ambiguous: resolved) { return standaloneWidth }
        var total = 0
        for character in self {
            total += character.displayWidth(ambiguous: resolved)
        }
        return total
    }

    /// The width of a string made only of printable ASCII, or nil if it has anything else.
    internal var printableASCIIWidth: Int? {
        var count = 0
        for byte in utf8 {
            if byte < 0x20 || byte >= 0x7F { return nil }
            count += 1
        }
        return count
    }
}

public extension Substring {
    /// The number of terminal columns this text occupies (see `String.displayWidth`).
    var displayWidth: Int {
        let resolved = AmbiguousWidth.current
        if let standaloneWidth = unicodeScalars.standaloneScalarsWidth(ambiguous: resolved) { return standaloneWidth }
        return reduce(0) { $0 + $1.displayWidth(ambiguous: resolved) }
    }
}

extension Collection where Element == Unicode.Scalar {
    /// The width of text in which every scalar is a grapheme cluster of its own, measured scalar
    /// by scalar without looking for cluster boundaries (the costly part of measuring); nil when
    /// any scalar could join a neighbour.
    ///
    /// Only scalars of blocks with no combining mark, joiner, variation selector, spacing mark,
    /// prepended mark, Hangul jamo or regional indicator count: Latin up to U+02FF (controls
    /// included: a control is a cluster of its own, and CR LF measures 0 either way), general
    /// punctuation U+2010–2027, box drawing and shapes, CJK punctuation U+3000–3029, CJK
    /// ideographs and fullwidth forms. Between two such scalars Unicode always breaks (UAX #29
    /// GB4, GB5, GB999), so each is a `Character` whose width is its own `columnWidth`.
    func standaloneScalarsWidth(ambiguous: AmbiguousWidth) -> Int? {
        var total = 0
        for scalar in self {
            switch scalar.value {
            case 0x3400...0x4DBF, 0x4E00...0x9FFF:
                total += 2
            case _ where scalar.standsAlone:
                total += scalar.columnWidth(ambiguous: ambiguous)
            default:
                return nil
            }
        }
        return total
    }

    /// Whether every scalar is a grapheme cluster of its own (`Unicode.Scalar.standsAlone`), so
    /// that the text can be measured and drawn scalar by scalar.
    var allStandalone: Bool { allSatisfy { $0.standsAlone } }
}

extension Unicode.Scalar {
    /// Whether this scalar lies in one of the blocks `standaloneScalarsWidth` accepts: never
    /// joined to a neighbour in a grapheme cluster when the text has only such scalars.
    var standsAlone: Bool {
        switch value {
        case 0..<0x300, 0x2010...0x2027, 0x2500...0x25FF, 0x3000...0x3029, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xFF01...0xFF60:
            true
        default:
            false
        }
    }
}
