/// Percentiles of a set of timings, in milliseconds.
struct LatencySummary {
    let count: Int
    let p50: Double
    let p99: Double
    let maximum: Double

    init(nanoseconds samples: [UInt64]) {
        let sorted = samples.sorted()
        count = sorted.count
        func percentile(_ fraction: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
            return Double(sorted[min(max(rank, 0), sorted.count - 1)]) / 1e6
        }
        p50 = percentile(0.50)
        p99 = percentile(0.99)
        maximum = Double(sorted.last ?? 0) / 1e6
    }

    /// "| 300 | 1.23 | 4.56 | 7.89 |" cells.
    var cells: String {
        "\(count) | \(Self.format(p50)) | \(Self.format(p99)) | \(Self.format(maximum))"
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds >= 100 ? String(Int(milliseconds.rounded())) : String(Double(Int(milliseconds * 100 + 0.5)) / 100)
    }
}
