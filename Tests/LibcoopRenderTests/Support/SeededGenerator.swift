/// A small deterministic random number generator (SplitMix64), so property tests are
/// reproducible: a failure names its seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random text built from the pieces that make terminal text hard.
enum RandomText {
    static let pieces: [String] = [
        "a", "Z", "7", " ", " ", "-", ".", "图", "书", "馆", "，", "。", "（", "）", "「", "」", "ー", "한",
        "ｶ", "Ａ", "😀", "📚", "👍🏽", "👨‍👩‍👧", "❤️", "🇨🇳", "1️⃣", "e\u{301}", "a\u{300}\u{316}", "\u{301}",
        "\u{200B}", "\u{FEFF}", "\u{1B}", "\u{1B}[2J", "\u{9B}", "\t", "\n", "\u{7F}", "\u{202E}", "°", "±", "§",
        "α", "Ж", "※", "─", "\u{1100}\u{1161}\u{11A8}", "𠀀", "Ω", "ﬁ", "\u{3000}",
    ]

    static func make(length: Int, using generator: inout SeededGenerator) -> String {
        var text = ""
        for _ in 0..<length { text += pieces.randomElement(using: &generator)! }
        return text
    }
}
