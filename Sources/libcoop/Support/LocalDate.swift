import Glibc

/// Today's date in the local time zone, as the names the browser's `x` suggests write it.
enum LocalDate {
    /// `2026-11-25`; nil if the clock cannot be read.
    static var today: String? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        let year = Int(parts.tm_year) + 1900, month = Int(parts.tm_mon) + 1, day = Int(parts.tm_mday)
        return "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }
}
